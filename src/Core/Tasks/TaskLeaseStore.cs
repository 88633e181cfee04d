using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Core.Tasks;

/// <summary>
/// The lease table's statements. Each one is a single conditional statement that commits on its own, so two nodes
/// racing for a task are ordered by the database: SQLite has one writer, and PostgreSQL re-checks the WHERE clause
/// of an UPDATE against the row once the competing UPDATE commits.
/// </summary>
internal sealed class TaskLeaseStore(IServiceScopeFactory scopes)
{
    public Task<Dictionary<string, TaskLease>> ReadAllAsync(CancellationToken cancellationToken) =>
        WithDbAsync(db => db.TaskLeases.AsNoTracking().ToDictionaryAsync(t => t.TaskName, StringComparer.Ordinal, cancellationToken));

    /// <summary>
    /// Creates the rows of tasks seen for the first time (first due at their next occurrence), and pulls forward a
    /// next run that a former, slower schedule left later than the current one would.
    /// </summary>
    public Task EnsureAsync(IEnumerable<ScheduledTask> tasks, DateTime nowUtc, CancellationToken cancellationToken) =>
        WithDbAsync(async db =>
        {
            foreach (var task in tasks)
            {
                var next = task.Schedule.Next(nowUtc);
                // Two nodes starting together both insert: the second insert is a no-op, not an error.
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "TaskLeases" ("TaskName", "Enabled", "NextRunUtc", "RunNowRequested")
                    VALUES ({task.Name}, {true}, {next}, {false})
                    ON CONFLICT ("TaskName") DO NOTHING
                    """, cancellationToken);
                if (next is not null)
                {
                    await db.TaskLeases.Where(t => t.TaskName == task.Name && t.NextRunUtc > next)
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.NextRunUtc, next), cancellationToken);
                }
            }

            return true;
        });

    /// <summary>
    /// Takes the task for <paramref name="holder"/> until <paramref name="leaseUntilUtc"/> if it is enabled, nobody
    /// holds a live lease on it and (unless <paramref name="evenIfNotDue"/>) it is due. Clears the run-now request,
    /// so a request made while it runs asks for another run.
    /// </summary>
    public Task<bool> TryClaimAsync(string name, string holder, DateTime nowUtc, DateTime leaseUntilUtc, bool evenIfNotDue, CancellationToken cancellationToken) =>
        WithDbAsync(async db =>
        {
            var free = db.TaskLeases.Where(t => t.TaskName == name && t.Enabled && (t.LeaseUntilUtc == null || t.LeaseUntilUtc <= nowUtc));
            if (!evenIfNotDue)
            {
                free = free.Where(t => t.RunNowRequested || t.NextRunUtc <= nowUtc);
            }

            var claimed = await free.ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Holder, holder).SetProperty(t => t.LeaseUntilUtc, leaseUntilUtc).SetProperty(t => t.RunNowRequested, false),
                cancellationToken);
            return claimed == 1;
        });

    /// <returns>False when the lease is no longer this holder's.</returns>
    public Task<bool> RenewAsync(string name, string holder, DateTime leaseUntilUtc, CancellationToken cancellationToken) =>
        WithDbAsync(async db => await db.TaskLeases.Where(t => t.TaskName == name && t.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseUntilUtc, leaseUntilUtc), cancellationToken) == 1);

    /// <summary>Records how the run went, sets the next run and frees the lease.</summary>
    /// <returns>False when the lease is no longer this holder's, so nothing was recorded.</returns>
    public Task<bool> CompleteAsync(string name, string holder, DateTime startedUtc, long durationMs, string? error, DateTime? nextRunUtc, CancellationToken cancellationToken) =>
        WithDbAsync(async db => await db.TaskLeases.Where(t => t.TaskName == name && t.Holder == holder)
            .ExecuteUpdateAsync(
                s => s.SetProperty(t => t.Holder, (string?)null)
                    .SetProperty(t => t.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(t => t.LastRunUtc, startedUtc)
                    .SetProperty(t => t.LastDurationMs, durationMs)
                    .SetProperty(t => t.LastError, error)
                    .SetProperty(t => t.NextRunUtc, nextRunUtc),
                cancellationToken) == 1);

    /// <summary>Frees the lease without recording a run (the run was cancelled by shutdown), so it runs again soon.</summary>
    public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) =>
        WithDbAsync(db => db.TaskLeases.Where(t => t.TaskName == name && t.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Holder, (string?)null).SetProperty(t => t.LeaseUntilUtc, (DateTime?)null), cancellationToken));

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
