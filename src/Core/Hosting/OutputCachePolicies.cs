using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Hosting;

/// <summary>Named output-cache policies for anonymous public pages, evicted when published content changes.</summary>
public static class OutputCachePolicies
{
    /// <summary>Anonymous GETs of public pages; the default policy already skips signed-in users and responses that set cookies.</summary>
    public const string PublicPage = "PublicPage";

    /// <summary>Every cached public response carries this tag; any change to published content or to site settings evicts it.</summary>
    public const string ContentTag = "content";
}

/// <summary>Evicts cached public pages, on every node, once a change to what citizens see has committed.</summary>
internal sealed class OutputCacheContentHandler(IUnitOfWork unitOfWork) : IContentHandler
{
    public Task SavedAsync(ContentContext context) => context.Item.Published ? Evict() : Task.CompletedTask;

    public Task PublishedAsync(ContentContext context) => Evict();

    public Task UnpublishedAsync(ContentContext context) => Evict();

    public Task RemovedAsync(ContentContext context) => Evict();

    private Task Evict()
    {
        unitOfWork.AfterCommit((services, ct) =>
            services.GetRequiredService<IClusterSignals>().PublishAsync(services, OutputCacheSignal.TopicName, OutputCachePolicies.ContentTag, ct));
        return Task.CompletedTask;
    }
}

/// <summary>Each node keeps its own cached pages, so each evicts them when told.</summary>
internal sealed class OutputCacheSignal : IClusterSignalHandler
{
    public const string TopicName = "output-cache";

    public string Topic => TopicName;

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken) => EvictAsync(services, payload, cancellationToken);

    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken) => EvictAsync(services, OutputCachePolicies.ContentTag, cancellationToken);

    /// <summary>Evicts the tag on this node. There is no output cache outside a web host.</summary>
    public static async Task EvictAsync(IServiceProvider services, string tag, CancellationToken cancellationToken)
    {
        if (services.GetService<IOutputCacheStore>() is { } outputCache)
        {
            await outputCache.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
