using Portal.Contents.Catalog;
using Portal.Core.Settings;
using Portal.PublicSite.Sections;
using Portal.PublicSite.Terms;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Home;

/// <summary>Everything the home page lists, read from the catalog and the vocabularies.</summary>
public sealed record HomeContent(
    IReadOnlyList<CatalogEntry> Featured,
    IReadOnlyList<TermWithCount> Topics,
    IReadOnlyList<TermWithCount> LifeEvents,
    IReadOnlyList<CatalogEntry> LatestPosts,
    IReadOnlyList<CatalogEntry> LatestTramites);

public sealed class HomeQuery(ISiteSettingsStore settings, CatalogQuery catalog, TermCounts terms)
{
    public const int LatestPostCount = 3;

    /// <summary>A guide published or updated today reaches the home page even before anyone features it.</summary>
    public const int LatestTramiteCount = 4;

    public async Task<HomeContent> GetAsync(CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync<HomeOptions>(cancellationToken);
        return new HomeContent(
            await FeaturedAsync(options.FeaturedItemIds, cancellationToken),
            await terms.ListAsync(Vocabularies.Topics, cancellationToken),
            await terms.ListAsync(Vocabularies.LifeEvents, cancellationToken),
            (await catalog.ListPublishedAsync(new CatalogFilter(PublicSections.Blog.ContentType), 0, LatestPostCount, cancellationToken)).Items,
            (await catalog.ListPublishedAsync(new CatalogFilter(PublicSections.Tramites.ContentType), 0, LatestTramiteCount, cancellationToken)).Items);
    }

    /// <summary>The chosen trámites that are published now, in the chosen order; an unpublished one simply drops out.</summary>
    private async Task<IReadOnlyList<CatalogEntry>> FeaturedAsync(List<string> itemIds, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return [];
        }

        var page = await catalog.ListPublishedAsync(new CatalogFilter(PublicSections.Tramites.ContentType, ItemIds: itemIds), 0, itemIds.Count, cancellationToken);
        var byId = page.Items.ToDictionary(e => e.ItemId, StringComparer.Ordinal);
        return [.. itemIds.Where(byId.ContainsKey).Select(id => byId[id])];
    }
}
