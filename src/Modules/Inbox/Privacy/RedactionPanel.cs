using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>What the redaction partial shows for one message, as the person looking may see and do it.</summary>
public sealed record RedactionView(
    RequestMessage Message,
    Request Request,
    IReadOnlyList<PersonalDataFinding> Findings,
    bool CanRedact,
    bool CanReadOriginal,
    bool CanMoveToPrivate);

/// <summary>
/// Loads a message for the privacy controls, checked against the person's scope (<see cref="RequestAccess"/>): the
/// request page includes <c>_Redaction</c> with a message id, and the message page uses the same checks.
/// </summary>
public sealed class RedactionPanel(IUnitOfWork unitOfWork, RequestAccess access, IAuthorizationService authorization, MoveToPrivate moveToPrivate)
{
    /// <summary>Null when the message does not exist or its request is outside the person's scope.</summary>
    public async Task<RedactionView?> LoadAsync(long messageId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var message = await db.Set<RequestMessage>().SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        var request = message is null ? null : await db.Set<Request>().SingleOrDefaultAsync(r => r.Id == message.RequestId, cancellationToken);
        var scope = await access.ScopeAsync(user, cancellationToken);
        if (message is null || request is null || scope is null || !scope.CanSee(request))
        {
            return null;
        }

        var canChange = scope.CanChange(request) && await authorization.HasPermissionAsync(user, Permissions.HandleRequests);
        var answering = canChange ? await moveToPrivate.MessageToAnswerAsync(request.Id, cancellationToken) : null;
        return new RedactionView(
            message,
            request,
            PersonalDataDetector.Find(message.Text),
            canChange && message.Direction != MessageDirection.Note,
            message.Redacted && await authorization.HasPermissionAsync(user, Permissions.ReadOriginals),
            answering?.Id == message.Id);
    }
}
