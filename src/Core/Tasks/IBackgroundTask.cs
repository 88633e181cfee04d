namespace Portal.Core.Tasks;

/// <summary>
/// A periodic task a module declares. It never depends on traffic: the scheduler runs it on its schedule, under a
/// database lease so that only one instance runs it at a time, in its own scope and unit of work.
/// </summary>
public interface IBackgroundTask
{
    /// <summary>Stable name, e.g. "Contents.PublishLater"; also the configuration key for overrides.</summary>
    string Name { get; }

    /// <summary>Cron expression: five fields (minute resolution) or six with seconds first.</summary>
    string Schedule { get; }

    /// <summary>The feature that must be on for the task to run; null when it always runs.</summary>
    string? Feature => null;

    /// <summary>Runs inside a unit of work that commits when this returns.</summary>
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
