using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Intake;

/// <summary>
/// One reaction into the inbox. A citizen who goes on in their own conversation (answering our answer, or
/// themselves) adds to the request it started; anything else opens a new request. An answer of ours becomes the
/// request's outbound message: the one the portal queued, or a new one when it was typed on the network.
/// </summary>
internal sealed class ReplyIntake(IUnitOfWork unitOfWork, RequestIntake intake, RequestLog log, PeopleDirectory people)
{
    /// <summary>How far up a conversation a reply is followed to find the request it continues.</summary>
    private const int MaxAncestors = 20;

    public async Task ImportCitizenAsync(long interactionId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var interaction = await db.Set<Interaction>().SingleOrDefaultAsync(i => i.Id == interactionId && i.RequestId == null, cancellationToken);
        if (interaction is null)
        {
            return;
        }

        var sender = new SenderHandle(HandleKind.Network, interaction.Network.ToString(), interaction.AuthorId, interaction.AuthorHandle, Verified: true);
        var inbound = new InboundMessage(
            InboxChannels.Of(interaction.Network),
            interaction.CreatedUtc,
            interaction.Text,
            interaction.AuthorName ?? interaction.AuthorHandle)
        {
            ChannelId = interaction.ChannelId,
            InteractionId = interaction.Id,
            ItemId = interaction.ItemId,
        };

        var person = await people.FindOrCreateAsync(sender, inbound.AuthorName, cancellationToken);
        if (await ContinuedRequestAsync(interaction, person.Id, cancellationToken) is { } request)
        {
            await intake.AppendAsync(request, inbound, cancellationToken);
            interaction.RequestId = request.Id;
        }
        else
        {
            var (opened, _) = await intake.OpenAsync(inbound, sender, cancellationToken);
            interaction.RequestId = opened.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ImportAnswerAsync(long interactionId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var answer = await db.Set<Interaction>().SingleOrDefaultAsync(i => i.Id == interactionId && i.RequestId == null && i.Mine, cancellationToken);
        var requestId = answer is null ? null : await db.Set<Interaction>()
            .Where(p => p.ChannelId == answer.ChannelId && p.RemoteId == answer.ParentRemoteId)
            .Select(p => p.RequestId).SingleOrDefaultAsync(cancellationToken);
        if (answer is null || requestId is null)
        {
            return;
        }

        answer.RequestId = requestId;
        var queued = await db.Set<RequestMessage>()
            .Where(m => m.RequestId == requestId && m.InteractionId == null && m.DeliveryId != null
                && db.Set<Delivery>().Any(d => d.Id == m.DeliveryId && d.ChannelId == answer.ChannelId && d.RemoteId == answer.RemoteId))
            .SingleOrDefaultAsync(cancellationToken);
        if (queued is not null)
        {
            queued.InteractionId = answer.Id;
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var request = await db.Set<Request>().SingleAsync(r => r.Id == requestId, cancellationToken);
        var account = await db.Set<Channel>().Where(c => c.Id == answer.ChannelId).Select(c => c.Name).SingleAsync(cancellationToken);
        var message = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Outbound,
            Purpose = MessagePurpose.Message,
            Channel = InboxChannels.Of(answer.Network),
            ChannelId = answer.ChannelId,
            InteractionId = answer.Id,
            AuthorName = account,
            Text = answer.Text,
            Delivery = MessageDelivery.Sent,
            CreatedUtc = answer.CreatedUtc,
        };
        db.Add(message);
        request.LastOutboundUtc = answer.CreatedUtc;
        request.AwaitingStaff = request.LastInboundUtc > answer.CreatedUtc;
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageSent, AtUtc = answer.CreatedUtc, Detail = account }, message, cancellationToken);
    }

    /// <summary>The request of the nearest earlier reaction in this conversation that belongs to the same person (or is our answer to them).</summary>
    private async Task<Request?> ContinuedRequestAsync(Interaction interaction, long personId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var parentId = interaction.ParentRemoteId;
        for (var hops = 0; parentId is not null && hops < MaxAncestors; hops++)
        {
            var parent = await db.Set<Interaction>().AsNoTracking()
                .Where(i => i.ChannelId == interaction.ChannelId && i.RemoteId == parentId)
                .Select(i => new { i.ParentRemoteId, i.RequestId }).SingleOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                return null;
            }

            if (parent.RequestId is { } requestId && await db.Set<Request>().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken) is { } request
                && request.PersonId is { } owner && (await people.CurrentAsync(owner, cancellationToken)).Id == personId)
            {
                return request;
            }

            parentId = parent.ParentRemoteId;
        }

        return null;
    }
}
