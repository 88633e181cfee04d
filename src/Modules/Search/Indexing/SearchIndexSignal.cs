using Portal.Core.Cluster;

namespace Portal.Search.Indexing;

/// <summary>Brings this node's index up to date with an item that changed on any node.</summary>
internal sealed class SearchIndexSignal(SearchIndexMaintenance maintenance) : IClusterSignalHandler
{
    public const string TopicName = "search";

    public string Topic => TopicName;

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) =>
        maintenance.RefreshAsync(services, [payload], cancellationToken);

    /// <summary>Compares the index with the database and rebuilds it when a missed change left it behind.</summary>
    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken) => maintenance.EnsureFreshAsync(cancellationToken);
}
