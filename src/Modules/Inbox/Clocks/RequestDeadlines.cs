using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Inbox.Clocks;

/// <summary>Where a request stands against its nearest deadline.</summary>
public enum DeadlineLevel
{
    OnTime,

    /// <summary>Past a configured warning (50 % or 80 % by default): <see cref="RequestDeadline.Percent"/> says which.</summary>
    Warned,

    Breached,
}

/// <summary>The nearest deadline of a request's running clocks.</summary>
public sealed record RequestDeadline(long RequestId, ClockKind Kind, DateTime DueUtc, DeadlineLevel Level, int Percent, bool Paused);

/// <summary>The due state of requests, for the lists and pages that show "a tiempo / 50 % / 80 % / fuera de plazo".</summary>
public sealed class RequestDeadlines(IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>For each of <paramref name="requestIds"/> with a running clock that has a target, its nearest deadline.</summary>
    public async Task<IReadOnlyDictionary<long, RequestDeadline>> ForAsync(IReadOnlyCollection<long> requestIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var clocks = await unitOfWork.Db.Set<RequestClock>().AsNoTracking()
            .Where(c => requestIds.Contains(c.RequestId) && c.EndUtc == null && c.DueUtc != null)
            .Select(c => new { c.RequestId, c.Kind, DueUtc = c.DueUtc!.Value, c.WarnedPercent, Paused = c.PausedSinceUtc != null })
            .ToListAsync(cancellationToken);
        return clocks.GroupBy(c => c.RequestId).ToDictionary(g => g.Key, g =>
        {
            var c = g.OrderBy(x => x.DueUtc).First();
            var breached = c.WarnedPercent >= 100 || (!c.Paused && c.DueUtc <= now);
            var level = breached ? DeadlineLevel.Breached : c.WarnedPercent > 0 ? DeadlineLevel.Warned : DeadlineLevel.OnTime;
            return new RequestDeadline(c.RequestId, c.Kind, c.DueUtc, level, breached ? 100 : c.WarnedPercent, c.Paused);
        });
    }
}
