using Microsoft.EntityFrameworkCore;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Catalog;

/// <summary>What to list: every citizen-facing type, or one; optionally only items filed under one term, or only the given items.</summary>
public sealed record CatalogFilter(string? ContentType = null, string? Vocabulary = null, string? Term = null, IReadOnlyCollection<string>? ItemIds = null);

/// <param name="PublishedUtc">When the version citizens see went public.</param>
public sealed record CatalogEntry(string ItemId, string ContentType, string Title, string Summary, string Url, DateTime PublishedUtc, DateTime ModifiedUtc);

public sealed record CatalogPage(IReadOnlyList<CatalogEntry> Items, int Total);

/// <summary>Published citizen-facing items, newest first, paged in the database.</summary>
public sealed class CatalogQuery(IUnitOfWork unitOfWork, PublicUrls urls)
{
    public async Task<CatalogPage> ListPublishedAsync(CatalogFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var db = unitOfWork.Db;
        var index = db.Set<CatalogIndex>().Where(i => i.Published);
        if (filter.ContentType is { } type)
        {
            index = index.Where(i => i.ContentType == type);
        }

        if (filter.ItemIds is { } ids)
        {
            index = index.Where(i => ids.Contains(i.ItemId));
        }

        if (filter.Vocabulary is { } vocabulary && filter.Term is { } term)
        {
            var filed = db.Set<CatalogTermIndex>().Where(t => t.Published && t.Vocabulary == vocabulary && t.Term == term).Select(t => t.VersionId);
            index = index.Where(i => filed.Contains(i.VersionId));
        }

        var rows = index.Join(db.ContentItems, i => i.VersionId, c => c.VersionId, (i, c) => new { Index = i, Item = c });
        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.AsNoTracking()
            .OrderByDescending(r => r.Item.PublishedUtc).ThenByDescending(r => r.Item.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);

        var entries = new List<CatalogEntry>(page.Count);
        foreach (var row in page)
        {
            if (urls.PathOf(row.Item) is { } url)
            {
                entries.Add(new CatalogEntry(
                    row.Item.ItemId, row.Index.ContentType, row.Index.Title, row.Index.Summary, url,
                    row.Item.PublishedUtc ?? row.Item.ModifiedUtc, row.Item.ModifiedUtc));
            }
        }

        return new CatalogPage(entries, total);
    }
}
