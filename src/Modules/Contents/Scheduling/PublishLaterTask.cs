using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Scheduling;

/// <summary>
/// Publishes the latest version of items whose publication date has come, then unpublishes those whose end date
/// has. The content handlers clear each spent date, so a run that stops halfway is simply resumed by the next.
/// </summary>
internal sealed class PublishLaterTask(TimeProvider time, ILogger<PublishLaterTask> logger) : IBackgroundTask
{
    /// <summary>Items handled per run; the rest wait ten seconds for the next.</summary>
    private const int BatchSize = 100;

    public string Name => "Contents.PublishLater";

    public string Schedule => "*/10 * * * * *";

    public string? Feature => Manifest.Feature;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        var db = unitOfWork.Db;
        var contents = services.GetRequiredService<IContentManager>();
        var now = time.GetUtcNow().UtcDateTime;

        var duePublications = await db.Set<ContentSchedule>().AsNoTracking()
            .Where(s => s.PublishUtc != null && s.PublishUtc <= now)
            .OrderBy(s => s.PublishUtc).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var schedule in duePublications)
        {
            var result = await contents.PublishAsync(schedule.ItemId, schedule.ScheduledBy, cancellationToken: cancellationToken);
            if (result.Succeeded)
            {
                logger.LogInformation("Published {ItemId} as scheduled for {PublishUtc:u}", schedule.ItemId, schedule.PublishUtc);
                continue;
            }

            // Retrying every ten seconds would not fix a missing field: record why and let the editor act.
            var error = string.Join(" ", result.Errors.Select(e => e.Message));
            logger.LogWarning("The scheduled publication of {ItemId} was refused: {Error}", schedule.ItemId, error);
            await unitOfWork.BeginAsync(cancellationToken);
            await db.Set<ContentSchedule>().Where(s => s.ItemId == schedule.ItemId).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.PublishUtc, (DateTime?)null).SetProperty(x => x.LastError, error), cancellationToken);
        }

        // An end date waits for its item's pending publication, so "publish then unpublish" keeps its order.
        var dueWithdrawals = await db.Set<ContentSchedule>().AsNoTracking()
            .Where(s => s.UnpublishUtc != null && s.UnpublishUtc <= now && s.PublishUtc == null)
            .OrderBy(s => s.UnpublishUtc).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var schedule in dueWithdrawals)
        {
            var result = await contents.UnpublishAsync(schedule.ItemId, schedule.ScheduledBy, cancellationToken);
            if (result.Succeeded)
            {
                logger.LogInformation("Unpublished {ItemId} as scheduled for {UnpublishUtc:u}", schedule.ItemId, schedule.UnpublishUtc);
                continue;
            }

            // Nothing is published any more: the date has nothing left to do.
            await unitOfWork.BeginAsync(cancellationToken);
            await db.Set<ContentSchedule>().Where(s => s.ItemId == schedule.ItemId && s.LastError == null).ExecuteDeleteAsync(cancellationToken);
            await db.Set<ContentSchedule>().Where(s => s.ItemId == schedule.ItemId).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.UnpublishUtc, (DateTime?)null), cancellationToken);
        }
    }
}
