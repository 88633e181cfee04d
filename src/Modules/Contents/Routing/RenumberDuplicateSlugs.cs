using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Portal.Contents.Catalog;
using Portal.Contents.PageType;
using Portal.Core.Data;
using Portal.Core.Migrations;

namespace Portal.Contents.Routing;

/// <summary>
/// Before <see cref="CreateUniqueSlugIndexes"/>: concurrent saves on PostgreSQL could give two live items one address
/// (the check read, then wrote). Citizens only ever reached one of them; the others get the next free numbered
/// address ("tasas-2"), in their index rows and in their stored model alike, so the unique indexes can be built.
/// The item published first keeps the address.
/// </summary>
internal sealed class RenumberDuplicateSlugs : MigrationStep
{
    public override string Id => "Contents.0005.RenumberDuplicateSlugs";

    public override async Task DataAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var pages = await db.Set<PageIndex>().Where(i => (i.Latest || i.Published) && i.Slug != "")
            .Select(i => new LiveSlug(i.VersionId, i.ItemId, "", i.Slug)).ToListAsync(cancellationToken);
        await RenumberAsync(db, pages, ["slug"], cancellationToken);

        var catalog = await db.Set<CatalogIndex>().Where(i => (i.Latest || i.Published) && i.Slug != "")
            .Select(i => new LiveSlug(i.VersionId, i.ItemId, i.ContentType, i.Slug)).ToListAsync(cancellationToken);
        await RenumberAsync(db, catalog, ["common", "slug"], cancellationToken);
    }

    private static async Task RenumberAsync(PortalDbContext db, List<LiveSlug> rows, string[] modelPath, CancellationToken cancellationToken)
    {
        foreach (var scope in rows.GroupBy(r => r.Scope))
        {
            var taken = scope.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var clash in scope.GroupBy(r => r.Slug).Where(g => g.Select(r => r.ItemId).Distinct().Count() > 1))
            {
                var items = await db.ContentItems.Where(c => clash.Select(r => r.ItemId).Contains(c.ItemId))
                    .GroupBy(c => c.ItemId)
                    .Select(g => new { ItemId = g.Key, First = g.Min(c => c.PublishedUtc ?? c.CreatedUtc) })
                    .OrderBy(i => i.First).ThenBy(i => i.ItemId)
                    .ToListAsync(cancellationToken);
                foreach (var item in items.Skip(1))
                {
                    var slug = Slugs.FirstFree(clash.Key, taken);
                    taken.Add(slug);
                    foreach (var row in clash.Where(r => r.ItemId == item.ItemId))
                    {
                        await MoveAsync(db, row, slug, modelPath, cancellationToken);
                    }
                }
            }
        }
    }

    private static async Task MoveAsync(PortalDbContext db, LiveSlug row, string slug, string[] modelPath, CancellationToken cancellationToken)
    {
        var version = await db.ContentItems.SingleAsync(c => c.VersionId == row.VersionId, cancellationToken);
        var model = JsonNode.Parse(version.Data)!.AsObject();
        var parent = modelPath[..^1].Aggregate(model, (node, name) => node[name]!.AsObject());
        parent[modelPath[^1]] = slug;
        version.Data = model.ToJsonString();
        await db.SaveChangesAsync(cancellationToken);

        var versionId = row.VersionId;
        await db.Set<PageIndex>().Where(i => i.VersionId == versionId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Slug, slug), cancellationToken);
        await db.Set<CatalogIndex>().Where(i => i.VersionId == versionId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Slug, slug), cancellationToken);
    }

    private sealed record LiveSlug(string VersionId, string ItemId, string Scope, string Slug);
}
