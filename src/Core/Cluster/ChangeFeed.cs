namespace Portal.Core.Cluster;

/// <summary>
/// A counter of changes that open pages wait on (server-sent events) to refresh without a reload. Each node keeps
/// its own; a cluster signal handler moves it when another node changed something.
/// </summary>
public abstract class ChangeFeed
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Version { get; private set; }

    public void Changed()
    {
        TaskCompletionSource done;
        lock (_gate)
        {
            Version++;
            done = _next;
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Returns when the version has moved past <paramref name="seen"/>, or when <paramref name="timeout"/> passes.</summary>
    public async Task<long> WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (Version != seen)
            {
                return Version;
            }

            next = _next.Task;
        }

        await Task.WhenAny(next, Task.Delay(timeout, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
        return Version;
    }
}
