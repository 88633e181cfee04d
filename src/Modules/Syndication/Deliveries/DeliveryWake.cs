using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Cluster;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// Wakes the delivery workers of every node once new work has committed (a publication queued, a retry, a channel
/// reconnected), so a node whose dispatcher runs takes work another node queued at once, not at its next poll.
/// </summary>
internal sealed class DeliveryWake(DeliverySignal signal, IOptions<SyndicationOptions> options) : IClusterSignalHandler
{
    public const string TopicName = "deliveries";

    public string Topic => TopicName;

    /// <summary>Asks for the wake once the unit of work commits; a rolled-back change wakes no one.</summary>
    public static void AfterCommit(IUnitOfWork unitOfWork) =>
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, "", ct));

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
    {
        signal.Wake(options.Value.Concurrency);
        return Task.CompletedTask;
    }

    // A missed wake costs at most one poll interval; waking after a reconnect makes even that up.
    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken) => HandleAsync(services, "", cancellationToken);
}
