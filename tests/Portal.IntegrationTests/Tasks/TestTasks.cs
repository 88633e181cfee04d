using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

/// <summary>Which host of a fixture a service belongs to, so a shared recorder can tell the hosts apart.</summary>
public sealed record HostTag(string Name);

/// <summary>A schedule that never fires (there is no 30 February): the task runs only when asked.</summary>
public static class TestSchedules
{
    public const string Never = "0 0 30 2 *";
    public const string EverySecond = "* * * * * *";
}

public abstract class RecordingTask(TaskRecorder recorder, HostTag host) : IBackgroundTask
{
    public abstract string Name { get; }

    public abstract string Schedule { get; }

    public virtual string? Feature => null;

    /// <summary>How long a run lasts, so that two overlapping runs would be seen overlapping.</summary>
    protected virtual TimeSpan Hold => TimeSpan.FromMilliseconds(50);

    public virtual Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        recorder.RunAsync(Name, host.Name, Hold, cancellationToken);
}

public sealed class EverySecondTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.EverySecond";

    public override string Schedule => TestSchedules.EverySecond;
}

/// <summary>Never due; each run writes a row through its unit of work, which must commit.</summary>
public sealed class ManualTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public const string RowPrefix = "TaskTest.Manual.";

    public override string Name => "Test.Manual";

    public override string Schedule => TestSchedules.Never;

    public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        unitOfWork.Db.SiteSettings.Add(new SiteSetting { Key = RowPrefix + Guid.NewGuid().ToString("N"), ModifiedUtc = DateTime.UtcNow });
        await base.RunAsync(services, cancellationToken);
    }

    public static Task<int> CountRowsAsync(PortalHost host) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().SiteSettings.CountAsync(s => s.Key.StartsWith(RowPrefix), ct));
}

/// <summary>Never due in code; the fixture's configuration gives it a schedule of every second.</summary>
public sealed class OverriddenTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.Overridden";

    public override string Schedule => TestSchedules.Never;
}

/// <summary>Due every second, but the fixture's configuration switches it off.</summary>
public sealed class ConfigDisabledTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.ConfigDisabled";

    public override string Schedule => TestSchedules.EverySecond;
}

/// <summary>Due every second; the admin-page test switches it off and on.</summary>
public sealed class ToggledTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.Toggled";

    public override string Schedule => TestSchedules.EverySecond;
}

/// <summary>Depends on a feature no module declares, so it is always off.</summary>
public sealed class FeatureGatedTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.FeatureGated";

    public override string Schedule => TestSchedules.EverySecond;

    public override string? Feature => "Test.MissingFeature";
}

public sealed class FailingTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public const string Message = "Fallo provocado por la prueba";

    public override string Name => "Test.Failing";

    public override string Schedule => TestSchedules.EverySecond;

    public override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await base.RunAsync(services, cancellationToken);
        throw new InvalidOperationException(Message);
    }
}

/// <summary>Always due and holds longer than a poll and than the fixture's lease, so overlaps and lapsed leases would show.</summary>
public sealed class LongProbeTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.LongProbe";

    public override string Schedule => TestSchedules.EverySecond;

    protected override TimeSpan Hold => TimeSpan.FromSeconds(4);
}

/// <summary>Never due; runs only when asked, and holds long enough for both hosts to ask while it runs.</summary>
public sealed class RequestedProbeTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.RequestedProbe";

    public override string Schedule => TestSchedules.Never;

    protected override TimeSpan Hold => TimeSpan.FromSeconds(2);
}

/// <summary>Never due; runs until the host stops.</summary>
public sealed class BlockingTask(TaskRecorder recorder, HostTag host) : RecordingTask(recorder, host)
{
    public override string Name => "Test.Blocking";

    public override string Schedule => TestSchedules.Never;

    protected override TimeSpan Hold => Timeout.InfiniteTimeSpan;
}

public static class TaskLeases
{
    public static Task<TaskLease?> ReadAsync(PortalHost host, string name) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().TaskLeases.AsNoTracking().FirstOrDefaultAsync(t => t.TaskName == name, ct));

    /// <summary>Waits until the task's lease row satisfies <paramref name="condition"/>, then returns it.</summary>
    public static async Task<TaskLease> WaitForAsync(PortalHost host, string name, Func<TaskLease, bool> condition, string what)
    {
        TaskLease? lease = null;
        await TaskRecorder.WaitUntilAsync(async () => (lease = await ReadAsync(host, name)) is { } l && condition(l), $"the lease of {name}: {what}");
        return lease!;
    }
}
