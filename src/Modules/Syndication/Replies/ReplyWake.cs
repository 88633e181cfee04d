using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Cluster;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// Tells every node, once it has committed, that a webhook event waits (the readers wake and process it at once)
/// or that reactions changed (open admin pages refresh). Losing a signal costs a reader its poll interval and a
/// page its next change.
/// </summary>
internal sealed class ReplyWake(ReplyFeed feed, IOptions<ReplyPollingOptions> options) : IClusterSignalHandler
{
    public const string TopicName = "replies";
    private const string Inbound = "inbound";
    private const string Changed = "changed";

    /// <summary>The readers' own wake-up, apart from the delivery workers'.</summary>
    public DeliverySignal Readers { get; } = new();

    public string Topic => TopicName;

    public static void AfterInbound(IUnitOfWork unitOfWork) => Publish(unitOfWork, Inbound);

    public static void AfterImport(IUnitOfWork unitOfWork) => Publish(unitOfWork, Changed);

    private static void Publish(IUnitOfWork unitOfWork, string what) =>
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, what, ct));

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
    {
        if (payload == Inbound)
        {
            Readers.Wake(options.Value.Concurrency);
        }
        else
        {
            feed.Changed();
        }

        return Task.CompletedTask;
    }

    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Readers.Wake(options.Value.Concurrency);
        feed.Changed();
        return Task.CompletedTask;
    }
}

/// <summary>A counter of changes to the reactions, which open admin pages wait on to refresh without a reload.</summary>
public sealed class ReplyFeed : ChangeFeed;
