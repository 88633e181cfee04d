using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Time;
using Portal.PublicSite.Feeds;
using Portal.PublicSite.Sections;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Terms;

/// <summary>
/// Builds a term page. Items are grouped by type in <see cref="PublicSections.All"/> order and paged as one list, so
/// page 2 may start in the middle of the trámites and go on with the infographics.
/// </summary>
public sealed class TermPageQuery(CatalogQuery catalog, SiteTime time, IStringLocalizer<PublicSiteResources> S)
{
    public const int PageSize = 20;

    public async Task<TermPage> BuildAsync(TaxonomyTerm term, int page, CancellationToken cancellationToken)
    {
        var vocabulary = term.Vocabulary;
        var path = PublicPaths.Term(vocabulary, term.Slug);
        var totals = new List<(PublicSection Section, int Total)>();
        foreach (var section in PublicSections.All)
        {
            var count = await catalog.ListPublishedAsync(Filter(section, term), 0, 0, cancellationToken);
            totals.Add((section, count.Total));
        }

        var total = totals.Sum(t => t.Total);
        var pager = new PublicPager(Math.Clamp(page, 1, PublicPager.Count(total, PageSize)), PublicPager.Count(total, PageSize), path);
        var start = (pager.Page - 1) * PageSize;
        var groups = new List<ListedGroup>();
        var offset = 0;
        foreach (var (section, sectionTotal) in totals)
        {
            // The part of this section's items that falls inside [start, start + PageSize).
            var skip = Math.Max(0, start - offset);
            var take = Math.Min(sectionTotal, start + PageSize - offset) - skip;
            offset += sectionTotal;
            if (take <= 0)
            {
                continue;
            }

            var items = await catalog.ListPublishedAsync(Filter(section, term), skip, take, cancellationToken);
            var listed = new List<ListedItem>(items.Items.Count);
            foreach (var entry in items.Items)
            {
                listed.Add(await ListedItem.FromAsync(entry, time, cancellationToken));
            }

            groups.Add(new ListedGroup(S[section.NameKey], listed));
        }

        return new TermPage(term, S[VocabularyNameKey(vocabulary)], PublicPaths.VocabularyIndex(vocabulary), total, groups, pager,
            FeedPaths.Of(path, FeedFormat.Rss), FeedPaths.Of(path, FeedFormat.Atom));
    }

    public static string VocabularyNameKey(string vocabulary) => vocabulary == Vocabularies.Topics ? "Vocabulary_Topics" : "Vocabulary_LifeEvents";

    private static CatalogFilter Filter(PublicSection section, TaxonomyTerm term) => new(section.ContentType, term.Vocabulary, term.Slug);
}
