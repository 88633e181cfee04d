using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// Readers that take, in this order, webhook events waiting to be processed, conversations due to be read, and
/// accounts whose mentions are due; idle readers sleep until a webhook wakes them, the next read falls due, or the
/// poll interval passes. Never depends on traffic: a restart resumes where it stopped.
/// </summary>
internal sealed class ReplyPoller(
    ReplyLeases leases,
    ReplyReader reader,
    ReplyWake wake,
    TimeProvider clock,
    IOptions<ReplyPollingOptions> options,
    ILogger<ReplyPoller> logger) : BackgroundService
{
    private readonly string _holder = $"{Environment.ProcessId}:{Guid.NewGuid():N}:{Environment.MachineName}" is var holder && holder.Length > Delivery.HolderLength
        ? holder[..Delivery.HolderLength]
        : holder;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(() => WorkAsync(settings, stoppingToken), stoppingToken)));
    }

    private async Task WorkAsync(ReplyPollingOptions settings, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await TakeOneAsync(settings, stoppingToken))
                {
                    var next = await leases.NextDueAsync(stoppingToken);
                    await wake.Readers.WaitAsync(IdleWait.Until(next, clock.GetUtcNow().UtcDateTime, settings.PollInterval), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The lease expires and another pass reads again; the reader must survive.
                if (DatabaseBusy.Is(ex))
                {
                    logger.LogInformation("The database was busy with another writer; the reply readers try again after their poll interval.");
                }
                else
                {
                    logger.LogError(ex, "A reply reader failed.");
                }

                await Task.Delay(settings.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task<bool> TakeOneAsync(ReplyPollingOptions settings, CancellationToken stoppingToken)
    {
        if (await leases.ClaimInboundAsync(_holder, settings.Lease, stoppingToken) is { } inbound)
        {
            await reader.ProcessAsync(inbound, _holder, stoppingToken);
            return true;
        }

        var networks = reader.Networks;
        if (networks.Count == 0)
        {
            return false;
        }

        if (await leases.ClaimWatchedPostAsync(_holder, settings.Lease, networks, stoppingToken) is { } post)
        {
            await reader.ReadThreadAsync(post, _holder, stoppingToken);
            return true;
        }

        if (await leases.ClaimMentionsAsync(_holder, settings.Lease, networks, stoppingToken) is { } channel)
        {
            await reader.ReadMentionsAsync(channel, _holder, stoppingToken);
            return true;
        }

        return false;
    }
}
