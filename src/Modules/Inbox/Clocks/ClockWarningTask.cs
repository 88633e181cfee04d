using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>
/// Writes a warning into a request's log when one of its clocks reaches a configured share of its target, and at
/// breach: once per level and clock. The scheduler's lease runs it on one node at a time, and each clock's level
/// is raised with a conditional update in the transaction that writes the event, so a second run (or node) that
/// read the same clock writes nothing.
/// </summary>
public sealed class ClockWarningTask(TimeProvider time, IStringLocalizer<InboxResources> S) : IBackgroundTask
{
    public const string TaskName = "Inbox.ClockWarnings";

    /// <summary>Clocks handled per run; the rest wait for the next run, thirty seconds later.</summary>
    private const int BatchSize = 200;

    public string Name => TaskName;

    public string Schedule => "*/30 * * * * *";

    public string? Feature => Manifest.Feature;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var db = unitOfWork.Db;
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<RequestClock>().AsNoTracking()
            .Where(c => c.EndUtc == null && c.NextWarningUtc != null && c.NextWarningUtc <= now)
            .OrderBy(c => c.NextWarningUtc).Take(BatchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var book = (await services.GetRequiredService<ClockRulesCache>().GetAsync(db, cancellationToken)).Book;
        var log = services.GetRequiredService<RequestLog>();
        await unitOfWork.BeginAsync(cancellationToken);
        foreach (var clock in due)
        {
            var before = clock.WarnedPercent;
            var reached = book.ReachedPercent(clock, now);
            book.Warned(clock, reached, now);
            var claimed = await db.Set<RequestClock>()
                .Where(c => c.Id == clock.Id && c.WarnedPercent == before && c.EndUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.WarnedPercent, clock.WarnedPercent).SetProperty(c => c.NextWarningUtc, clock.NextWarningUtc), cancellationToken);
            if (claimed == 0 || reached <= before)
            {
                continue;
            }

            var request = await db.Set<Request>().SingleAsync(r => r.Id == clock.RequestId, cancellationToken);
            foreach (var level in book.Levels.Where(l => l > before && l <= reached))
            {
                var detail = level >= 100 ? S["Clocks_Warning_Breach_" + clock.Kind] : S["Clocks_Warning_" + clock.Kind, level];
                await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Warning, Detail = detail, AtUtc = now }, null, cancellationToken);
            }
        }
    }
}
