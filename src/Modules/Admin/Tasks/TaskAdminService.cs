using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Features;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;

namespace Portal.Admin.Tasks;

public enum ScheduledTaskState
{
    Active,
    Running,

    /// <summary>Switched off by an administrator on this page.</summary>
    Disabled,

    /// <summary>Switched off by <c>Portal:Tasks:&lt;Name&gt;:Enabled</c>; only the server's configuration can switch it back on.</summary>
    DisabledByConfiguration,

    FeatureDisabled,
}

/// <summary>One line of the tasks page. <see cref="Lease"/> is null only until the scheduler first sees the task.</summary>
public sealed record ScheduledTaskStatus(ScheduledTask Task, TaskLease? Lease, ScheduledTaskState State)
{
    /// <summary>Whether the scheduler would run it: "run now" and "disable" make sense.</summary>
    public bool IsOn => State is ScheduledTaskState.Active or ScheduledTaskState.Running;

    /// <summary>Whether an administrator can switch it on here.</summary>
    public bool CanEnable => State is ScheduledTaskState.Disabled;
}

public enum TaskActionOutcome
{
    Done,
    NotFound,

    /// <summary>The task is off (by an administrator, the configuration or its feature), so it cannot run now.</summary>
    NotRunnable,
}

/// <summary>Reads the lease table for the tasks page and records the administrator's requests in it.</summary>
public sealed class TaskAdminService(IUnitOfWork unitOfWork, BackgroundTaskCatalog catalog, IFeatureManager features, TimeProvider time)
{
    public async Task<IReadOnlyList<ScheduledTaskStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var leases = await unitOfWork.Db.TaskLeases.AsNoTracking().ToDictionaryAsync(t => t.TaskName, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        return [.. catalog.Tasks.Select(t => Status(t, leases.GetValueOrDefault(t.Name), now))];
    }

    /// <summary>Asks for a run as soon as a node is free to take it; any node of the site may run it.</summary>
    public Task<TaskActionOutcome> RequestRunAsync(string name, CancellationToken cancellationToken = default) =>
        ChangeAsync(name, (status, lease) =>
        {
            if (!status.IsOn)
            {
                return false;
            }

            lease.RunNowRequested = true;
            return true;
        }, cancellationToken);

    public Task<TaskActionOutcome> SetEnabledAsync(string name, bool enabled, CancellationToken cancellationToken = default) =>
        ChangeAsync(name, (status, lease) =>
        {
            if (enabled && status.State is ScheduledTaskState.DisabledByConfiguration or ScheduledTaskState.FeatureDisabled)
            {
                return false;
            }

            if (enabled && !lease.Enabled)
            {
                // Back on schedule from now: the occurrences missed while it was off do not all come due at once.
                lease.NextRunUtc = status.Task.Schedule.Next(time.GetUtcNow().UtcDateTime);
            }

            lease.Enabled = enabled;
            return true;
        }, cancellationToken);

    private async Task<TaskActionOutcome> ChangeAsync(string name, Func<ScheduledTaskStatus, TaskLease, bool> change, CancellationToken cancellationToken)
    {
        var task = catalog.Find(name);
        if (task is null)
        {
            return TaskActionOutcome.NotFound;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var lease = await unitOfWork.Db.TaskLeases.FindAsync([name], cancellationToken);
        if (lease is null)
        {
            return TaskActionOutcome.NotRunnable;
        }

        if (!change(Status(task, lease, time.GetUtcNow().UtcDateTime), lease))
        {
            return TaskActionOutcome.NotRunnable;
        }

        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        unitOfWork.AfterCommit((services, _) =>
        {
            services.GetRequiredService<IBackgroundTaskTrigger>().Wake();
            return Task.CompletedTask;
        });
        return TaskActionOutcome.Done;
    }

    private ScheduledTaskStatus Status(ScheduledTask task, TaskLease? lease, DateTime nowUtc)
    {
        var state = !task.EnabledByConfiguration ? ScheduledTaskState.DisabledByConfiguration
            : task.Task.Feature is { } feature && !features.IsEnabled(feature) ? ScheduledTaskState.FeatureDisabled
            : lease is { Enabled: false } ? ScheduledTaskState.Disabled
            : lease?.LeaseUntilUtc > nowUtc ? ScheduledTaskState.Running
            : ScheduledTaskState.Active;
        return new ScheduledTaskStatus(task, lease, state);
    }
}
