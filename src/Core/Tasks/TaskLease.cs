namespace Portal.Core.Tasks;

/// <summary>
/// One row per background task: who holds it until when (so only one node runs it), when it runs next, and
/// how its last run went, for the admin's task page.
/// </summary>
public sealed class TaskLease
{
    public string TaskName { get; set; } = "";

    public string? Holder { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public bool Enabled { get; set; } = true;

    public DateTime? NextRunUtc { get; set; }

    public DateTime? LastRunUtc { get; set; }

    public long? LastDurationMs { get; set; }

    public string? LastError { get; set; }

    public bool RunNowRequested { get; set; }
}
