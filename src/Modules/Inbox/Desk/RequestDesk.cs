using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.Categories;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Desk;

/// <summary>What became of a member of staff's action on a request: done (with what to tell them) or refused (why).</summary>
public sealed record DeskOutcome(string? Done, string? Error)
{
    public static DeskOutcome Ok(LocalizedString done) => new(done.Value, null);

    public static DeskOutcome Refused(LocalizedString error) => new(null, error.Value);
}

/// <summary>
/// The request page's actions. Each checks its input, changes the request through <see cref="RequestLog"/> (so the
/// log keeps who did what and why) and says what happened in Spanish. The caller has checked that the person may
/// change the request; another request named by reference is looked up within what they may see.
/// </summary>
public sealed partial class RequestDesk(
    IUnitOfWork unitOfWork,
    RequestLog log,
    RequestIntake intake,
    RequestAccess access,
    UserManager<PortalUser> users,
    IUserClaimsPrincipalFactory<PortalUser> principals,
    IAuthorizationService authorization,
    TimeProvider clock,
    PersonalDataGuard guard,
    IStringLocalizer<InboxResources> S)
{
    private const int MentionsPerNote = 20;

    /// <summary>The request of <paramref name="reference"/> when the scope may see it, tracked for changes; null otherwise, whichever the reason.</summary>
    public async Task<Request?> FindAsync(RequestScope scope, string reference, CancellationToken cancellationToken)
    {
        var request = await unitOfWork.Db.Set<Request>().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        return request is not null && scope.CanSee(request) ? request : null;
    }

    public async Task<DeskOutcome> ChangeStateAsync(Request request, RequestState to, string? reason, string userId, CancellationToken cancellationToken)
    {
        reason = Trim(reason);
        if (!RequestStates.CanMove(request.State, to))
        {
            return DeskOutcome.Refused(S["State_NotAllowed", S[InboxTexts.State[request.State]], S[InboxTexts.State[to]]]);
        }

        if (RequestStates.NeedsReason(to) && reason is null)
        {
            return DeskOutcome.Refused(S["State_ReasonRequired", S[InboxTexts.State[to]]]);
        }

        if (reason is { Length: > Request.ReasonLength })
        {
            return DeskOutcome.Refused(S["Reason_TooLong", Request.ReasonLength]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        await log.ChangeStateAsync(request, to, userId, reason, cancellationToken);
        return DeskOutcome.Ok(S["State_Changed", S[InboxTexts.State[to]]]);
    }

    /// <summary>Gives the request to a unit and, optionally, to an owner who is a member of it (or a supervisor).</summary>
    public async Task<DeskOutcome> AssignAsync(Request request, int? unitId, string? ownerId, string userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        ownerId = Trim(ownerId);
        var unit = unitId is null ? null : await db.Set<Unit>().AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unitId is not null && unit is null)
        {
            return DeskOutcome.Refused(S["Assign_UnknownUnit"]);
        }

        if (ownerId is not null && !await MayOwnAsync(ownerId, unitId, cancellationToken))
        {
            return DeskOutcome.Refused(S["Assign_OwnerNotMember"]);
        }

        if (request.UnitId == unitId && request.OwnerId == ownerId)
        {
            return DeskOutcome.Ok(S["Assign_Unchanged"]);
        }

        var detail = $"{request.UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}/{request.OwnerId ?? "-"} → {unitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}/{ownerId ?? "-"}";
        request.UnitId = unitId;
        request.OwnerId = ownerId;
        await unitOfWork.BeginAsync(cancellationToken);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Assigned, UserId = userId, Detail = detail }, null, cancellationToken);
        return DeskOutcome.Ok(S["Assign_Done"]);
    }

    public async Task<DeskOutcome> SetCategoryAsync(Request request, int? categoryId, string userId, CancellationToken cancellationToken)
    {
        var category = categoryId is null ? null : await unitOfWork.Db.Set<Category>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == categoryId, cancellationToken);
        if (categoryId is not null && category is null)
        {
            return DeskOutcome.Refused(S["Category_Unknown"]);
        }

        if (request.CategoryId == categoryId)
        {
            return DeskOutcome.Ok(S["Category_Unchanged"]);
        }

        request.CategoryId = categoryId;
        await unitOfWork.BeginAsync(cancellationToken);
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.CategoryChanged, UserId = userId, Detail = category?.Name }, null, cancellationToken);
        return DeskOutcome.Ok(S["Category_Changed"]);
    }

    /// <summary>An internal note; each <c>@usuario</c> in it must name a member of staff, who then sees the mention in their inbox.</summary>
    public async Task<DeskOutcome> AddNoteAsync(Request request, string? text, string userId, CancellationToken cancellationToken)
    {
        text = Trim(text);
        if (text is null)
        {
            return DeskOutcome.Refused(S["Note_Required"]);
        }

        if (text.Length > RequestMessage.TextLength)
        {
            return DeskOutcome.Refused(S["Note_TooLong", RequestMessage.TextLength]);
        }

        var names = MentionPattern().Matches(text).Select(m => m.Groups[1].Value.TrimEnd('.', ',', ';', ':')).Distinct(StringComparer.OrdinalIgnoreCase).Take(MentionsPerNote).ToList();
        var mentioned = new List<PortalUser>();
        foreach (var name in names)
        {
            if (await users.FindByNameAsync(name) is not { } user)
            {
                return DeskOutcome.Refused(S["Note_UnknownMention", name]);
            }

            mentioned.Add(user);
        }

        var author = await users.FindByIdAsync(userId);
        var note = new RequestMessage
        {
            RequestId = request.Id,
            Direction = MessageDirection.Note,
            Purpose = MessagePurpose.Message,
            Channel = request.Channel,
            AuthorUserId = userId,
            AuthorName = Cut(author is null ? userId : string.IsNullOrWhiteSpace(author.DisplayName) ? author.UserName ?? userId : author.DisplayName, RequestMessage.NameLength),
            Text = text,
            Delivery = MessageDelivery.None,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await unitOfWork.BeginAsync(cancellationToken);
        unitOfWork.Db.Add(note);
        var detail = mentioned.Count == 0 ? null : "@" + string.Join(" @", mentioned.Select(u => u.UserName));
        var entry = await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.NoteAdded, UserId = userId, Detail = detail }, note, cancellationToken);
        foreach (var user in mentioned.Where(u => u.Id != userId))
        {
            unitOfWork.Db.Add(new RequestMention { RequestId = request.Id, EventId = entry.Id, UserId = user.Id, AtUtc = entry.AtUtc });
        }

        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        return DeskOutcome.Ok(S["Note_Added"]);
    }

    /// <summary>The person opened the request: the mentions of it leave their inbox.</summary>
    public async Task SeenAsync(Request request, string userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (await db.Set<RequestMention>().AnyAsync(m => m.RequestId == request.Id && m.UserId == userId && !m.Seen, cancellationToken))
        {
            await unitOfWork.BeginAsync(cancellationToken);
            await db.Set<RequestMention>().Where(m => m.RequestId == request.Id && m.UserId == userId && !m.Seen).ExecuteUpdateAsync(s => s.SetProperty(m => m.Seen, true), cancellationToken);
        }
    }

    /// <summary>Moves one message to another request (a reply on another channel about the same matter).</summary>
    public async Task<DeskOutcome> MoveMessageAsync(RequestScope scope, Request request, long messageId, string? targetReference, string userId, CancellationToken cancellationToken)
    {
        var message = await MessageAsync(request, messageId, cancellationToken);
        if (message is null)
        {
            return DeskOutcome.Refused(S["Message_Unknown"]);
        }

        if (await OtherAsync(scope, request, targetReference, cancellationToken) is not { } target)
        {
            return DeskOutcome.Refused(S["Reference_NotFound"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        message.RequestId = target.Id;
        if (message.Direction == MessageDirection.Inbound)
        {
            target.LastInboundUtc = message.CreatedUtc > target.LastInboundUtc ? message.CreatedUtc : target.LastInboundUtc;
            target.AwaitingStaff = true;
        }

        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.MessageMoved, UserId = userId, MessageId = message.Id, Detail = "→ " + target.Reference }, null, cancellationToken);
        await log.AppendAsync(target, new RequestEvent { Kind = RequestEventKind.MessageMoved, UserId = userId, Detail = "← " + request.Reference }, message, cancellationToken);
        return DeskOutcome.Ok(S["Message_Moved", target.Reference]);
    }

    /// <summary>Splits a citizen's message, and the ones they wrote after it, into a new request with its own reference.</summary>
    public async Task<DeskOutcome> SplitAsync(Request request, long messageId, string userId, CancellationToken cancellationToken)
    {
        var message = await MessageAsync(request, messageId, cancellationToken);
        if (message is not { Direction: MessageDirection.Inbound })
        {
            return DeskOutcome.Refused(S["Split_OnlyInbound"]);
        }

        var moving = await unitOfWork.Db.Set<RequestMessage>()
            .Where(m => m.RequestId == request.Id && m.Direction == MessageDirection.Inbound && m.AuthorName == message.AuthorName && m.CreatedUtc >= message.CreatedUtc)
            .OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var remaining = await unitOfWork.Db.Set<RequestMessage>().CountAsync(m => m.RequestId == request.Id && m.Direction == MessageDirection.Inbound, cancellationToken);
        if (remaining == moving.Count)
        {
            return DeskOutcome.Refused(S["Split_Everything"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var created = await intake.SplitAsync(request, moving, userId, cancellationToken);
        return DeskOutcome.Ok(S["Split_Done", created.Reference]);
    }

    /// <summary>Closes the request as a duplicate of another one, which keeps the matter.</summary>
    public async Task<DeskOutcome> MarkDuplicateAsync(RequestScope scope, Request request, string? targetReference, string userId, CancellationToken cancellationToken)
    {
        if (RequestStates.IsFinished(request.State))
        {
            return DeskOutcome.Refused(S["Duplicate_Finished"]);
        }

        if (await OtherAsync(scope, request, targetReference, cancellationToken) is not { } target)
        {
            return DeskOutcome.Refused(S["Reference_NotFound"]);
        }

        await unitOfWork.BeginAsync(cancellationToken);
        request.DuplicateOfId = target.Id;
        await log.ChangeStateAsync(request, RequestState.Duplicate, userId, target.Reference, cancellationToken);
        return DeskOutcome.Ok(S["Duplicate_Done", target.Reference]);
    }

    /// <summary>What the citizen's status page shows as the answer; empty removes it.</summary>
    public async Task<DeskOutcome> SetPublicAnswerAsync(Request request, string? text, string userId, CancellationToken cancellationToken)
    {
        text = Trim(text);
        if (text is { Length: > Request.AnswerLength })
        {
            return DeskOutcome.Refused(S["PublicAnswer_TooLong", Request.AnswerLength]);
        }

        if (text is not null)
        {
            var citizens = await unitOfWork.Db.Set<RequestMessage>().AsNoTracking()
                .Where(m => m.RequestId == request.Id && m.Direction == MessageDirection.Inbound).Select(m => m.Text).ToListAsync(cancellationToken);
            if (guard.RefusalForPublicAnswer(text, citizens) is { } refusal)
            {
                return DeskOutcome.Refused(new LocalizedString("PublicAnswer_PersonalData", refusal));
            }
        }

        await unitOfWork.BeginAsync(cancellationToken);
        request.PublicAnswer = text;
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.PublicAnswerChanged, UserId = userId }, null, cancellationToken);
        return DeskOutcome.Ok(S[text is null ? "PublicAnswer_Removed" : "PublicAnswer_Saved"]);
    }

    /// <summary>Members of the unit may own its requests, and supervisors any; with no unit, anyone who handles requests.</summary>
    private async Task<bool> MayOwnAsync(string ownerId, int? unitId, CancellationToken cancellationToken)
    {
        if (unitId is not null && await unitOfWork.Db.Set<UnitMember>().AnyAsync(m => m.UnitId == unitId && m.UserId == ownerId, cancellationToken))
        {
            return true;
        }

        if (await users.FindByIdAsync(ownerId) is not { } owner)
        {
            return false;
        }

        var principal = await principals.CreateAsync(owner);
        return await authorization.HasPermissionAsync(principal, Permissions.Supervise)
            || (unitId is null && await authorization.HasPermissionAsync(principal, Permissions.HandleRequests));
    }

    private Task<RequestMessage?> MessageAsync(Request request, long messageId, CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<RequestMessage>().SingleOrDefaultAsync(m => m.Id == messageId && m.RequestId == request.Id && m.Direction != MessageDirection.Note, cancellationToken);

    /// <summary>Another request the scope may change, by the reference typed (in any of the forms staff type it).</summary>
    private async Task<Request?> OtherAsync(RequestScope scope, Request request, string? typed, CancellationToken cancellationToken)
    {
        if (!ReferenceNumbers.TryParse(typed, out var reference) || reference == request.Reference)
        {
            return null;
        }

        var target = await access.Visible(scope).AsTracking().SingleOrDefaultAsync(r => r.Reference == reference, cancellationToken);
        return target is not null && scope.CanChange(target) ? target : null;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>A user name after an @ that starts a word (so an e-mail address in a note is not a mention).</summary>
    [GeneratedRegex(@"(?<![\w@])@([\w][\w.\-]*)")]
    private static partial Regex MentionPattern();
}
