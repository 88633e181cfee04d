using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;
using Portal.Testing;

namespace Portal.IntegrationTests.Tasks;

/// <summary>A site with test tasks whose runs land in <see cref="Recorder"/>; it can start more hosts on the same database.</summary>
public abstract class TaskFixture : PortalFixture
{
    private int _hosts;

    public TaskRecorder Recorder { get; } = new();

    /// <summary>Another node of the same site: same database, same App_Data, same tasks, its own scheduler.</summary>
    public PortalHost StartAnotherHost()
    {
        var host = new PortalHost(Database, AppDataPath, Logs);
        Configure(host);
        return host.Start();
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        var tag = new HostTag("host" + Interlocked.Increment(ref _hosts));
        host.WithServices(services =>
        {
            services.AddSingleton(Recorder);
            services.AddSingleton(tag);
            AddTasks(services);
        });
    }

    protected abstract void AddTasks(IServiceCollection services);
}

public sealed class SchedulerFixture : TaskFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Tasks:Test.Overridden:Schedule", TestSchedules.EverySecond);
        host.With("Portal:Tasks:Test.ConfigDisabled:Enabled", "false");
    }

    protected override void AddTasks(IServiceCollection services) => services
        .AddBackgroundTask<EverySecondTask>()
        .AddBackgroundTask<ManualTask>()
        .AddBackgroundTask<OverriddenTask>()
        .AddBackgroundTask<ConfigDisabledTask>()
        .AddBackgroundTask<ToggledTask>()
        .AddBackgroundTask<FeatureGatedTask>();
}

public sealed class FailingTaskFixture : TaskFixture
{
    protected override void AddTasks(IServiceCollection services) => services.AddBackgroundTask<FailingTask>();
}

/// <summary>Two nodes on one database, with a short lease so that a run outliving an unrenewed lease would overlap.</summary>
public sealed class TwoNodesFixture : TaskFixture
{
    public PortalHost Second { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Second = StartAnotherHost();
    }

    public override async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Tasks:LeaseDuration", "00:00:03");
    }

    protected override void AddTasks(IServiceCollection services) => services
        .AddBackgroundTask<LongProbeTask>()
        .AddBackgroundTask<RequestedProbeTask>()
        .AddBackgroundTask<BlockingTask>();
}

/// <summary>
/// A SQLite site whose commands wait one second for the write lock instead of thirty, so that a writer held off by a
/// long transaction gives up within a test's patience; its notes about that land in <see cref="Notes"/>.
/// </summary>
public sealed class BusyDatabaseFixture : TaskFixture
{
    public NoteRecorder Notes { get; } = new();

    public string DatabaseFile => Path.Combine(AppDataPath, "portal.db");

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        if (Database.Provider == "Sqlite")
        {
            host.With("Portal:Database:ConnectionString", $"Data Source={DatabaseFile};Pooling=True;Default Timeout=1");
        }

        host.WithServices(services => services.AddSingleton<ILoggerProvider>(Notes));
    }

    protected override void AddTasks(IServiceCollection services) => services.AddBackgroundTask<EverySecondTask>();
}
