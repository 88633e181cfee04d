using System.Collections.Concurrent;

namespace Portal.Core.Tasks;

/// <summary>The scheduler's doorbell: pending run requests of this node and the wake-up between polls.</summary>
internal sealed class BackgroundTaskSignal(BackgroundTaskCatalog catalog) : IBackgroundTaskTrigger, IDisposable
{
    private readonly ConcurrentDictionary<string, bool> _requested = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _gate = new();

    public void RequestRun(string taskName)
    {
        if (catalog.Find(taskName) is null)
        {
            throw new ArgumentException($"No background task is named '{taskName}'.", nameof(taskName));
        }

        _requested[taskName] = true;
        Wake();
    }

    public void Wake()
    {
        lock (_gate)
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
    }

    public bool IsRequested(string taskName) => _requested.ContainsKey(taskName);

    /// <summary>Called when the run starts, so a request made during the run asks for another one.</summary>
    public void Clear(string taskName) => _requested.TryRemove(taskName, out _);

    /// <summary>Waits for <paramref name="interval"/> or a wake-up, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(interval, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await _wake.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval elapsed: time for the regular poll.
        }
    }

    public void Dispose() => _wake.Dispose();
}
