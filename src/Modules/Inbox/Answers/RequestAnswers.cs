using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Answers;

/// <summary>Who writes an outbound message: a member of staff, or the portal itself (receipts, surveys).</summary>
public sealed record AnswerAuthor(string? UserId, string Name);

/// <summary>
/// Answers a request on the channel of the citizen's latest message, through that channel's sender, and records
/// the answer as the request's outbound message in the same transaction. The answer id comes from the form that
/// was shown, so the same form sent twice is one answer.
/// </summary>
public sealed class RequestAnswers(
    IUnitOfWork unitOfWork,
    IEnumerable<IChannelSender> senders,
    RequestLog log,
    UserManager<PortalUser> users,
    PersonalDataGuard guard,
    IStringLocalizer<InboxResources> S,
    TimeProvider clock) : IRequestAnswerSender
{
    /// <summary>A member of staff's answer from the request page, signed with their name.</summary>
    public async Task<AnswerOutcome> SendAsync(Request request, string text, string answerId, string userId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        var name = user is null ? "" : string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
        return await SendAsync(request, text, answerId, new AnswerAuthor(userId, name), MessagePurpose.Message, ct);
    }

    public async Task<AnswerOutcome> SendAsync(Request request, string text, string answerId, AnswerAuthor author, MessagePurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(S["Answer_Empty"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var to = await db.Set<RequestMessage>().AsNoTracking()
            .Where(m => m.RequestId == request.Id && m.Direction == MessageDirection.Inbound)
            .OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id).FirstOrDefaultAsync(cancellationToken);
        if (to is null || !InboxChannels.CanSend(to.Channel))
        {
            return Failed(S["Answer_NoChannel"]);
        }

        if (InboxChannels.IsPublic(to.Channel))
        {
            var citizens = await db.Set<RequestMessage>().AsNoTracking()
                .Where(m => m.RequestId == request.Id && m.Direction == MessageDirection.Inbound).Select(m => m.Text).ToListAsync(cancellationToken);
            if (guard.RefusalForPublicAnswer(text, citizens) is { } refusal)
            {
                return Failed(refusal);
            }
        }

        var sender = senders.FirstOrDefault(s => s.Handles(to.Channel));
        if (sender is null)
        {
            return Failed(S["Answer_ChannelNotConnected"]);
        }

        var sent = await sender.QueueAsync(to, text, answerId, purpose, cancellationToken);
        if (!sent.Succeeded)
        {
            return AnswerOutcome.Refused([.. sent.Errors]);
        }

        var existing = await db.Set<RequestMessage>().Where(m => m.DeliveryId == sent.DeliveryId && m.RequestId == request.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return AnswerOutcome.Sent(existing.Value);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Outbound,
            Purpose = purpose,
            Channel = to.Channel,
            ChannelId = to.ChannelId,
            DeliveryId = sent.DeliveryId,
            AuthorUserId = author.UserId,
            AuthorName = author.Name.Length <= RequestMessage.NameLength ? author.Name : author.Name[..RequestMessage.NameLength],
            Text = text.Trim(),
            Delivery = MessageDelivery.Pending,
            CreatedUtc = now,
        };
        db.Add(message);
        request.LastOutboundUtc = now;
        if (purpose == MessagePurpose.Message)
        {
            request.AwaitingStaff = false;
        }

        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageSent, UserId = author.UserId, AtUtc = now, Detail = purpose.ToString() }, message, cancellationToken);
        return AnswerOutcome.Sent(message.Id);
    }

    private static AnswerOutcome Failed(string error) => AnswerOutcome.Refused(error);
}
