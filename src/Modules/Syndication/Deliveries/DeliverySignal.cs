namespace Portal.Syndication.Deliveries;

/// <summary>Wakes idle dispatcher workers after a publish commits; losing a signal only delays a delivery until the next poll.</summary>
public sealed class DeliverySignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0);

    public void Wake(int workers)
    {
        if (_semaphore.CurrentCount < workers)
        {
            _semaphore.Release(workers - _semaphore.CurrentCount);
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _semaphore.WaitAsync(timeout, cancellationToken);

    public void Dispose() => _semaphore.Dispose();
}
