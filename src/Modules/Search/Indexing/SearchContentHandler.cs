using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Search.Indexing;

/// <summary>
/// Publishing, unpublishing and removing reach the index only after the transaction commits, so a rolled-back
/// change never shows in search. Every node keeps its own index, so every node is told; the update re-reads the
/// item's published version, so drafts never get in.
/// </summary>
internal sealed class SearchContentHandler(IUnitOfWork unitOfWork) : IContentHandler
{
    public Task PublishedAsync(ContentContext context) => Schedule(context);

    public Task UnpublishedAsync(ContentContext context) => Schedule(context);

    public Task RemovedAsync(ContentContext context) => Schedule(context);

    private Task Schedule(ContentContext context)
    {
        var itemId = context.Item.ItemId;
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, SearchIndexSignal.TopicName, itemId, ct));
        return Task.CompletedTask;
    }
}
