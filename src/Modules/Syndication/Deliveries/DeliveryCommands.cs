using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Deliveries;

/// <summary>What staff can do to deliveries from the admin.</summary>
public sealed class DeliveryCommands(IUnitOfWork unitOfWork, DeliverySignal signal, IOptions<SyndicationOptions> options, TimeProvider clock)
{
    /// <summary>"Reintentar": the same delivery, with the same key and tracking link, goes back to the queue with a fresh set of attempts.</summary>
    /// <returns>False when the delivery is not a failed one.</returns>
    public async Task<bool> RetryAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var retried = await unitOfWork.Db.Set<Delivery>().Where(d => d.Id == deliveryId && d.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Queued).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NotBeforeUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (retried == 1)
        {
            var workers = options.Value.Concurrency;
            unitOfWork.AfterCommit((_, _) =>
            {
                signal.Wake(workers);
                return Task.CompletedTask;
            });
        }

        return retried == 1;
    }
}
