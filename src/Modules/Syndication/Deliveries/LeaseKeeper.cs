namespace Portal.Syndication.Deliveries;

/// <summary>
/// Keeps a claimed delivery's lease alive while its worker is still talking to the network: a post with an image
/// is several calls, and a refused token adds a renewal and a second try, which together can outlast one lease.
/// Without it another worker would take the delivery for an unknown outcome while the first is still sending it.
/// If the process dies the heartbeat stops with it, and the lease runs out as before.
/// </summary>
internal sealed class LeaseKeeper : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;

    public LeaseKeeper(Func<CancellationToken, Task> extend, TimeSpan lease, TimeProvider clock) =>
        _beating = BeatAsync(extend, lease / 3, clock, _stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beating;
        _stop.Dispose();
    }

    private static async Task BeatAsync(Func<CancellationToken, Task> extend, TimeSpan every, TimeProvider clock, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, clock, stop);
                await extend(stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The call is over: the worker records its outcome under the lease it still holds.
        }
    }
}
