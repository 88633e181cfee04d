using Microsoft.AspNetCore.OutputCaching;
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

/// <summary>Evicts cached public pages once a change to what citizens see has committed.</summary>
internal sealed class OutputCacheContentHandler(IUnitOfWork unitOfWork) : IContentHandler
{
    public Task SavedAsync(ContentContext context) => context.Item.Published ? Evict() : Task.CompletedTask;

    public Task PublishedAsync(ContentContext context) => Evict();

    public Task UnpublishedAsync(ContentContext context) => Evict();

    public Task RemovedAsync(ContentContext context) => Evict();

    private Task Evict()
    {
        unitOfWork.AfterCommit((services, ct) =>
            ((IOutputCacheStore)services.GetService(typeof(IOutputCacheStore))!).EvictByTagAsync(OutputCachePolicies.ContentTag, ct).AsTask());
        return Task.CompletedTask;
    }
}
