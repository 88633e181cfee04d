using Microsoft.EntityFrameworkCore;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Catalog;

/// <summary>One row per version and term it is filed under, so topic and life-event pages find items in SQL.</summary>
public sealed class CatalogTermIndex
{
    public const string TableName = "CatalogTermIndex";

    public string VersionId { get; set; } = "";

    public string ItemId { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }

    public string Vocabulary { get; set; } = "";

    public string Term { get; set; } = "";
}

/// <summary>Several rows per version, so it implements the provider contract directly.</summary>
internal sealed class CatalogTermIndexProvider : IContentIndexProvider
{
    public async Task MapAsync(ContentContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (context.Model is not ICitizenContent model)
        {
            return;
        }

        var item = context.Item;
        await db.Set<CatalogTermIndex>().Where(i => i.VersionId == item.VersionId).ExecuteDeleteAsync(cancellationToken);
        var rows = Terms(model.Common)
            .Select(t => new CatalogTermIndex
            {
                VersionId = item.VersionId,
                ItemId = item.ItemId,
                Latest = item.Latest,
                Published = item.Published,
                Vocabulary = t.Vocabulary,
                Term = t.Term,
            })
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        db.Set<CatalogTermIndex>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    public Task SyncFlagsAsync(PortalDbContext db, ContentItem item, CancellationToken cancellationToken) =>
        db.Set<CatalogTermIndex>()
            .Where(i => i.VersionId == item.VersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Latest, item.Latest).SetProperty(i => i.Published, item.Published), cancellationToken);

    private static IEnumerable<(string Vocabulary, string Term)> Terms(CommonPart part) =>
        part.Topics.Distinct().Select(t => (Vocabularies.Topics, t))
            .Concat(part.LifeEvents.Distinct().Select(t => (Vocabularies.LifeEvents, t)))
            .Concat(part.Audiences.Distinct().Select(t => (Vocabularies.Audiences, t)));
}
