using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.UnitOfWork;

namespace Portal.Inbox.Requests;

/// <summary>
/// Tells every node, once committed, that requests changed: open inbox pages refresh and the admin shell's unread
/// count follows. A lost signal costs a page its next change, never data.
/// </summary>
internal sealed class InboxWake(InboxFeed feed) : IClusterSignalHandler
{
    public const string TopicName = "inbox";

    public string Topic => TopicName;

    public static void AfterChange(IUnitOfWork unitOfWork) =>
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, "changed", ct));

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
    {
        feed.Changed();
        return Task.CompletedTask;
    }

    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        feed.Changed();
        return Task.CompletedTask;
    }
}

/// <summary>A counter of changes to the requests, which open inbox pages wait on to refresh without a reload.</summary>
public sealed class InboxFeed : ChangeFeed;
