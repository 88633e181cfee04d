namespace Portal.Core.Tasks;

/// <summary>
/// Bound from <c>Portal:Tasks</c>. Each task can also be overridden under its own name:
/// <c>Portal:Tasks:&lt;Name&gt;:Schedule</c> (a cron expression) and <c>Portal:Tasks:&lt;Name&gt;:Enabled</c>.
/// </summary>
public sealed class BackgroundTaskOptions
{
    public const string Section = "Portal:Tasks";

    /// <summary>How often the scheduler looks for due tasks; a task is at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a claim on a task lasts unless renewed. A running task renews it every third of this time; when a
    /// node dies mid-run, another node can take the task over once it lapses.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
}
