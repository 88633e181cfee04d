using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Media.Picker;

/// <summary>One row per content version and asset it uses, with the version's flags, so uses are found with SQL.</summary>
public sealed class ContentMediaIndex : ContentIndex
{
    public const string TableName = "ContentMediaIndex";

    public string AssetId { get; set; } = "";
}

/// <summary>
/// Fills <see cref="ContentMediaIndex"/> for every model that implements <see cref="IReferencesMedia"/>, whatever its
/// type. It writes several rows per version, so it implements the provider contract itself rather than the one-row base.
/// </summary>
internal sealed class ContentMediaIndexProvider : IContentIndexProvider
{
    public async Task MapAsync(ContentContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (context.Model is not IReferencesMedia model)
        {
            return;
        }

        var item = context.Item;
        var rows = db.Set<ContentMediaIndex>();
        await rows.Where(i => i.VersionId == item.VersionId).ExecuteDeleteAsync(cancellationToken);
        var added = model.MediaAssetIds()
            .Where(id => !string.IsNullOrWhiteSpace(id))
            .Select(id => id.Trim())
            .Where(id => id.Length <= ContentItem.IdLength)
            .Distinct(StringComparer.Ordinal)
            .Select(id => new ContentMediaIndex { VersionId = item.VersionId, ItemId = item.ItemId, Latest = item.Latest, Published = item.Published, AssetId = id })
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        rows.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in added)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    public Task SyncFlagsAsync(PortalDbContext db, ContentItem item, CancellationToken cancellationToken) =>
        db.Set<ContentMediaIndex>()
            .Where(i => i.VersionId == item.VersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Latest, item.Latest).SetProperty(i => i.Published, item.Published), cancellationToken);
}
