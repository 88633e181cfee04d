using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Settings;
using Portal.PublicSite.Sections;

namespace Portal.PublicSite.Feeds;

/// <summary>The newest published items of a list, as a feed.</summary>
public sealed class FeedBuilder(CatalogQuery catalog, ISiteSettingsStore settings, TimeProvider time, IStringLocalizer<PublicSiteResources> S)
{
    public const int EntryCount = 20;

    public async Task<FeedDocument> BuildAsync(string title, string description, string listPath, CatalogFilter filter, CancellationToken cancellationToken)
    {
        var page = await catalog.ListPublishedAsync(filter, 0, EntryCount, cancellationToken);
        var entries = page.Items.Select(e => new FeedEntry(e, Category(e.ContentType))).ToList();
        var updated = entries.Count > 0
            ? entries.Max(e => e.Item.PublishedUtc)
            : (await settings.GetAsync<SiteOptions>(cancellationToken)).SetupCompletedUtc ?? time.GetUtcNow().UtcDateTime;
        return new FeedDocument(title, description, listPath, updated, entries);
    }

    private string Category(string contentType) =>
        PublicSections.ByType(contentType) is { } section ? S[section.NameKey] : contentType;
}
