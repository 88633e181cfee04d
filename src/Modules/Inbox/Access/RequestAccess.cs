using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Access;

/// <summary>
/// What one member of staff may see and do. By default a person sees the requests of their own units, those they
/// own, and those no unit has taken yet (the triage tray); supervisors and auditors see every unit, and auditors
/// change nothing.
/// </summary>
public sealed record RequestScope(string UserId, bool AllUnits, bool ReadOnly, IReadOnlyList<int> UnitIds)
{
    public bool CanSee(Request request) =>
        AllUnits || request.UnitId is null || request.OwnerId == UserId || UnitIds.Contains(request.UnitId.Value);

    public bool CanChange(Request request) => !ReadOnly && CanSee(request);
}

public sealed class RequestAccess(IUnitOfWork unitOfWork, IAuthorizationService authorization)
{
    public async Task<RequestScope?> ScopeAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
        }

        var supervises = await authorization.HasPermissionAsync(user, Permissions.Supervise);
        var handles = supervises || await authorization.HasPermissionAsync(user, Permissions.HandleRequests);
        var audits = await authorization.HasPermissionAsync(user, Permissions.Audit);
        if (!handles && !audits)
        {
            return null;
        }

        var units = await unitOfWork.Db.Set<UnitMember>().AsNoTracking().Where(m => m.UserId == userId).Select(m => m.UnitId).ToListAsync(cancellationToken);
        return new RequestScope(userId, supervises || audits, !handles, units);
    }

    /// <summary>The requests the scope may see, as a query to filter and page further.</summary>
    public IQueryable<Request> Visible(RequestScope scope)
    {
        var requests = unitOfWork.Db.Set<Request>().AsNoTracking();
        if (scope.AllUnits)
        {
            return requests;
        }

        var units = scope.UnitIds;
        var userId = scope.UserId;
        return requests.Where(r => r.UnitId == null || r.OwnerId == userId || units.Contains(r.UnitId.Value));
    }
}
