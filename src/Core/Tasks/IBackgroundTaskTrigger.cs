namespace Portal.Core.Tasks;

/// <summary>
/// Lets code wake the scheduler before its next poll, e.g. after committing rows a task should pick up. Both calls
/// are cheap and safe in an after-commit task; they only affect this node, so whatever must happen is still a row.
/// </summary>
public interface IBackgroundTaskTrigger
{
    /// <summary>Runs the task on this node as soon as its lease is free, even if it is not due; once per call batch.</summary>
    /// <exception cref="ArgumentException">No task has this name.</exception>
    void RequestRun(string taskName);

    /// <summary>Makes the scheduler look at the lease table now (e.g. after an administrator asked for a run).</summary>
    void Wake();
}
