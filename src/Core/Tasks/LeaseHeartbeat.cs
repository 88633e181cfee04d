using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Tasks;

/// <summary>
/// Renews a lease every third of its length while its holder is still working, so that nobody else takes the work
/// meanwhile. A renewal that fails is logged and tried again at the next beat rather than ending the work; if the
/// process dies the beats stop with it and the lease runs out. Disposing stops the beats.
/// </summary>
public sealed class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task _beating;

    /// <param name="renew">Extends the lease; false when it is no longer this holder's.</param>
    /// <param name="lease">The lease's length.</param>
    /// <param name="clock">The clock the beats follow.</param>
    /// <param name="logger">Where lost leases and failed renewals are told.</param>
    /// <param name="leaseName">What the lease covers, as the log should name it.</param>
    /// <param name="cancellationToken">Stops the beats early, as the host's shutdown does.</param>
    public LeaseHeartbeat(Func<CancellationToken, Task<bool>> renew, TimeSpan lease, TimeProvider clock, ILogger logger, string leaseName, CancellationToken cancellationToken = default)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _beating = BeatAsync(renew, lease / 3, clock, logger, leaseName, _stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _beating;
        _stop.Dispose();
    }

    private static async Task BeatAsync(Func<CancellationToken, Task<bool>> renew, TimeSpan every, TimeProvider clock, ILogger logger, string leaseName, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                try
                {
                    if (!await renew(stop))
                    {
                        logger.LogWarning("The lease of {LeaseName} passed to another holder while it was still being worked on.", leaseName);
                    }
                }
                catch (Exception ex) when (!stop.IsCancellationRequested && DatabaseBusy.Is(ex))
                {
                    logger.LogInformation("The database was busy with another writer; the lease of {LeaseName} is renewed at the next beat.", leaseName);
                }
                catch (Exception ex) when (!stop.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Could not renew the lease of {LeaseName}; trying again.", leaseName);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The work is over: its holder records the outcome under the lease it still holds.
        }
    }
}
