using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Admin.Navigation;
using Portal.Core.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Clocks;

/// <summary>
/// Tells a member of staff, on the dashboard they open first, which of their requests (their own, or their units')
/// are past a warning or their deadline.
/// </summary>
public sealed class DeadlinesDashboardNotice(IUnitOfWork unitOfWork, TimeProvider time, IStringLocalizer<InboxResources> S) : IDashboardNoticeProvider
{
    /// <summary>References named in the notice; the inbox lists the rest.</summary>
    private const int Named = 5;

    public async Task<DashboardNotice?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
        }

        var db = unitOfWork.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var units = db.Set<UnitMember>().Where(m => m.UserId == userId).Select(m => (int?)m.UnitId);
        var late = db.Set<RequestClock>().AsNoTracking()
            .Where(c => c.EndUtc == null && (c.WarnedPercent > 0 || (c.PausedSinceUtc == null && c.DueUtc <= now)))
            .Join(db.Set<Request>().Where(r => r.OwnerId == userId || units.Contains(r.UnitId)), c => c.RequestId, r => r.Id, (c, r) => new { r.Id, r.Reference, c.DueUtc })
            .Distinct();
        var count = await late.Select(r => r.Id).Distinct().CountAsync(cancellationToken);
        if (count == 0)
        {
            return null;
        }

        var references = await late.OrderBy(r => r.DueUtc).Select(r => r.Reference).Take(Named * 3).ToListAsync(cancellationToken);
        var named = string.Join(", ", references.Distinct().Take(Named));
        return new DashboardNotice(S.Plural("Clocks_Notice", count, named), InboxPaths.Admin, S["Clocks_NoticeLink"]);
    }
}
