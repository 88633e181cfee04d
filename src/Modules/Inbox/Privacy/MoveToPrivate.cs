using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Privacy;

/// <summary>What "Pasar a privado" did: the public answer it queued, or why it could not.</summary>
public sealed record MoveToPrivateResult(RequestMessage? Answer, string? Error);

/// <summary>
/// "Pasar a privado" (B2): a citizen wrote personal data in public. One neutral answer goes out on the same network,
/// under their message, with no data: only the reference and the private link (the request's status page, where the
/// citizen can go on privately). It is queued like every social answer and recorded as the request's outbound message.
/// </summary>
public sealed class MoveToPrivate(
    IUnitOfWork unitOfWork,
    RequestLog log,
    AnswerCommands answers,
    PublicUrls urls,
    PersonalDataGuard guard,
    IStringLocalizer<InboxResources> S,
    TimeProvider clock)
{
    /// <summary>The citizen's last message, when it is public and flagged: the one "Pasar a privado" answers.</summary>
    public async Task<RequestMessage?> MessageToAnswerAsync(long requestId, CancellationToken cancellationToken)
    {
        var last = await unitOfWork.Db.Set<RequestMessage>()
            .Where(m => m.RequestId == requestId && m.Direction == MessageDirection.Inbound)
            .OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return last is { PersonalData: true, InteractionId: not null } && InboxChannels.IsPublic(last.Channel) ? last : null;
    }

    public async Task<MoveToPrivateResult> RunAsync(Request request, string userId, string userName, string answerId, CancellationToken cancellationToken)
    {
        if (await MessageToAnswerAsync(request.Id, cancellationToken) is not { InteractionId: { } interactionId } last)
        {
            return new(null, S["MoveToPrivate_NotFlagged"]);
        }

        if (await urls.KnownBaseAsync(cancellationToken) is not { } baseUrl)
        {
            return new(null, S["MoveToPrivate_NoAddress"]);
        }

        // The template is checked without the link: a random token may look like digits, never like someone's data.
        if (guard.RefusalForPublic(S["MoveToPrivate_Text", "", request.Reference]) is { } refusal)
        {
            return new(null, refusal);
        }

        var text = S["MoveToPrivate_Text", PublicUrls.Absolute(baseUrl, InboxPaths.PublicStatus(request.PublicToken)), request.Reference].Value;
        await unitOfWork.BeginAsync(cancellationToken);
        var queued = await answers.QueueAsync(interactionId, answerId, text, notice: false, cancellationToken);
        if (!queued.Succeeded)
        {
            return new(null, string.Join(" ", queued.Errors));
        }

        var db = unitOfWork.Db;
        if (await db.Set<RequestMessage>().SingleOrDefaultAsync(m => m.DeliveryId == queued.DeliveryId, cancellationToken) is { } sent)
        {
            // The same form sent twice: the answer is already queued and recorded.
            return new(sent, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var answer = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Outbound,
            Purpose = MessagePurpose.MoveToPrivate,
            Channel = last.Channel,
            ChannelId = last.ChannelId,
            DeliveryId = queued.DeliveryId,
            AuthorUserId = userId,
            AuthorName = userName,
            Text = text,
            Delivery = MessageDelivery.Pending,
            CreatedUtc = now,
        };
        db.Add(answer);
        request.LastOutboundUtc = now;
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageSent, UserId = userId, AtUtc = now }, answer, cancellationToken);
        return new(answer, null);
    }
}
