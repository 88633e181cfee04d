using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// Workers that claim due deliveries one at a time under a lease and process them; idle workers sleep until a
/// publish wakes them, the next waiting delivery falls due, or the poll interval passes. Never depends on traffic:
/// a restart resumes where it stopped.
/// </summary>
internal sealed class DeliveryDispatcher(
    DeliveryStore store,
    DeliveryProcessor processor,
    DeliverySignal signal,
    TimeProvider clock,
    IOptions<SyndicationOptions> options,
    ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    /// <summary>Who holds a lease, for the admin and the logs: machine, process, and this dispatcher.</summary>
    private readonly string _holder = $"{Environment.ProcessId}:{Guid.NewGuid():N}:{Environment.MachineName}" is var holder && holder.Length > Delivery.HolderLength
        ? holder[..Delivery.HolderLength]
        : holder;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatcherEnabled)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(() => WorkAsync(settings, stoppingToken), stoppingToken)));
    }

    private async Task<TimeSpan> IdleWaitAsync(SyndicationOptions settings, CancellationToken stoppingToken)
    {
        var next = await store.NextDueAsync(stoppingToken);
        return IdleWait.Until(next, clock.GetUtcNow().UtcDateTime, settings.PollInterval);
    }

    private async Task WorkAsync(SyndicationOptions settings, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var id = await store.ClaimAsync(_holder, settings.Lease, stoppingToken);
                if (id is null)
                {
                    await signal.WaitAsync(await IdleWaitAsync(settings, stoppingToken), stoppingToken);
                    continue;
                }

                await processor.ProcessAsync(id.Value, _holder, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The lease expires and another pass settles the delivery; the worker must survive.
                if (DatabaseBusy.Is(ex))
                {
                    logger.LogInformation("The database was busy with another writer; the syndication dispatcher tries again after its poll interval.");
                }
                else
                {
                    logger.LogError(ex, "The syndication dispatcher failed to process a delivery.");
                }

                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
