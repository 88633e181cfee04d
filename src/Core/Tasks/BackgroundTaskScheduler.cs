using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Features;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Tasks;

/// <summary>
/// Wakes every poll interval (or when triggered), and for each enabled task whose feature is on and that is due
/// or asked for, claims its lease, runs it in its own scope and unit of work, renews the lease while it runs,
/// then records the outcome and frees the lease. Tasks run side by side; one task never runs twice at once,
/// neither on this node nor across nodes sharing the database. Nothing a task or the database does stops the loop.
/// </summary>
internal sealed class BackgroundTaskScheduler(
    BackgroundTaskCatalog catalog,
    TaskLeaseStore leases,
    BackgroundTaskSignal signal,
    IFeatureManager features,
    IUnitOfWorkRunner runner,
    IOptions<BackgroundTaskOptions> options,
    TimeProvider time,
    ILogger<BackgroundTaskScheduler> logger) : BackgroundService
{
    private readonly Dictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>Who holds a lease: unique per scheduler, so two hosts in one process are two nodes too.</summary>
    public string NodeId { get; } = $"{Environment.MachineName[..Math.Min(Environment.MachineName.Length, 64)]}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (catalog.Tasks.Count == 0)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollAsync(stoppingToken);
                await signal.WaitAsync(options.Value.PollInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; the runs below see the same token.
        }
        finally
        {
            await Task.WhenAll(_running.Values);
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        foreach (var finished in _running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList())
        {
            _running.Remove(finished);
        }

        try
        {
            var rows = await leases.ReadAllAsync(stoppingToken);
            var now = time.GetUtcNow().UtcDateTime;
            var unseen = catalog.Tasks.Where(t => !rows.ContainsKey(t.Name)).ToList();
            if (unseen.Count > 0)
            {
                await leases.EnsureAsync(unseen, now, stoppingToken);
            }

            foreach (var task in catalog.Tasks)
            {
                if (_running.ContainsKey(task.Name) || !rows.TryGetValue(task.Name, out var row) || !ShouldRun(task, row))
                {
                    continue;
                }

                var requested = signal.IsRequested(task.Name);
                var due = row.RunNowRequested || row.NextRunUtc <= now;
                if (!due && !requested)
                {
                    continue;
                }

                now = time.GetUtcNow().UtcDateTime;
                if (await leases.TryClaimAsync(task.Name, NodeId, now, now + options.Value.LeaseDuration, evenIfNotDue: requested, stoppingToken))
                {
                    signal.Clear(task.Name);
                    _running[task.Name] = RunClaimedAsync(task, stoppingToken);
                }
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested && DatabaseBusy.Is(ex))
        {
            logger.LogInformation("The database was busy with another writer; the background task scheduler polls again at its next turn.");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "The background task scheduler could not poll the lease table; it tries again at the next poll.");
        }
    }

    private bool ShouldRun(ScheduledTask task, TaskLease row) =>
        task.EnabledByConfiguration && row.Enabled && (task.Task.Feature is not { } feature || features.IsEnabled(feature));

    private async Task RunClaimedAsync(ScheduledTask task, CancellationToken stoppingToken)
    {
        // Yield first: the poll loop goes on to the next task while this one runs.
        await Task.Yield();
        var startedUtc = time.GetUtcNow().UtcDateTime;
        var started = time.GetTimestamp();
        string? error = null;
        var cancelled = false;
        await using (new LeaseHeartbeat(
            ct => leases.RenewAsync(task.Name, NodeId, time.GetUtcNow().UtcDateTime + options.Value.LeaseDuration, ct),
            options.Value.LeaseDuration, time, logger, "background task " + task.Name, stoppingToken))
        {
            try
            {
                await runner.RunAsync((services, ct) => task.Task.RunAsync(services, ct), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                cancelled = true;
            }
            catch (Exception ex) when (DatabaseBusy.Is(ex))
            {
                error = ex.Message;
                logger.LogInformation("The database was busy with another writer, so the background task {TaskName} stopped; it runs again at its next turn.", task.Name);
            }
            catch (Exception ex)
            {
                error = ex.Message;
                logger.LogError(ex, "The background task {TaskName} failed.", task.Name);
            }
        }

        try
        {
            if (cancelled)
            {
                await leases.ReleaseAsync(task.Name, NodeId, CancellationToken.None);
                return;
            }

            var durationMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
            var next = task.Schedule.Next(time.GetUtcNow().UtcDateTime);
            if (!await leases.CompleteAsync(task.Name, NodeId, startedUtc, durationMs, error, next, CancellationToken.None))
            {
                logger.LogWarning("The background task {TaskName} finished after its lease passed to another node; its outcome was not recorded.", task.Name);
            }
        }
        catch (Exception ex) when (DatabaseBusy.Is(ex))
        {
            logger.LogInformation("The database was busy with another writer, so the run of the background task {TaskName} was not recorded; its lease frees itself when it expires.", task.Name);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record the run of the background task {TaskName}; its lease frees itself when it expires.", task.Name);
        }
    }
}
