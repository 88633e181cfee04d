using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Sitemap;

/// <param name="LastModifiedUtc">When what citizens see there last changed; null when nothing is published there.</param>
public sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// Every public address: the home page, the topic and life-event pages, then every published item of every type
/// that some module links (pages, trámites, posts…), each dated by when its published version went public.
/// </summary>
public sealed class SitemapQuery(IUnitOfWork unitOfWork, PublicUrls publicUrls, ITaxonomyStore taxonomies)
{
    private const int BatchSize = 500;

    /// <summary>The addresses that are not content items; few, so always listed first and whole.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> FixedAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var newest = await db.ContentItems.Where(c => c.Published).MaxAsync(c => c.PublishedUtc, cancellationToken);
        var termDates = await db.Set<CatalogTermIndex>()
            .Where(t => t.Published && (t.Vocabulary == Vocabularies.Topics || t.Vocabulary == Vocabularies.LifeEvents))
            .Join(db.ContentItems, t => t.VersionId, c => c.VersionId, (t, c) => new { t.Vocabulary, t.Term, c.PublishedUtc })
            .GroupBy(r => new { r.Vocabulary, r.Term })
            .Select(g => new { g.Key.Vocabulary, g.Key.Term, Newest = g.Max(r => r.PublishedUtc) })
            .ToListAsync(cancellationToken);

        var urls = new List<SitemapUrl> { new("/", newest) };
        foreach (var vocabulary in new[] { Vocabularies.Topics, Vocabularies.LifeEvents })
        {
            var dates = termDates.Where(d => d.Vocabulary == vocabulary).ToDictionary(d => d.Term, d => d.Newest);
            urls.Add(new SitemapUrl(PublicPaths.VocabularyIndex(vocabulary), dates.Count == 0 ? null : dates.Values.Max()));
            foreach (var term in await taxonomies.GetTermsAsync(vocabulary, cancellationToken))
            {
                urls.Add(new SitemapUrl(PublicPaths.Term(vocabulary, term.Slug), dates.GetValueOrDefault(term.Slug)));
            }
        }

        return urls;
    }

    public Task<int> CountItemsAsync(CancellationToken cancellationToken) =>
        unitOfWork.Db.ContentItems.CountAsync(c => c.Published, cancellationToken);

    /// <summary>Published items in a stable order; items no module links are skipped, so a slice may come back shorter.</summary>
    public async Task<IReadOnlyList<SitemapUrl>> ItemsAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var urls = new List<SitemapUrl>(take);
        for (var offset = 0; offset < take; offset += BatchSize)
        {
            var batch = await unitOfWork.Db.ContentItems.AsNoTracking()
                .Where(c => c.Published)
                .OrderBy(c => c.Id)
                .Skip(skip + offset).Take(Math.Min(BatchSize, take - offset))
                .ToListAsync(cancellationToken);
            foreach (var item in batch)
            {
                if (publicUrls.PathOf(item) is { } url)
                {
                    urls.Add(new SitemapUrl(url, item.PublishedUtc));
                }
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        return urls;
    }
}
