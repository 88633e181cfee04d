using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Core.Content;

/// <summary>
/// Base of a module's typed index table: one row per version, keyed by <see cref="VersionId"/>, with the
/// version's flags copied so queries filter without a join. The content store keeps the flags in step.
/// </summary>
public abstract class ContentIndex
{
    public string VersionId { get; set; } = "";

    public string ItemId { get; set; } = "";

    public bool Latest { get; set; }

    public bool Published { get; set; }
}

/// <summary>Maps a model to its index row. Register with <c>services.AddContentIndex&lt;TIndex, TModel, TProvider&gt;()</c>.</summary>
public interface IContentIndexProvider
{
    Task MapAsync(ContentContext context, PortalDbContext db, CancellationToken cancellationToken);

    Task SyncFlagsAsync(PortalDbContext db, ContentItem item, CancellationToken cancellationToken);
}

public abstract class ContentIndexProvider<TIndex, TModel> : IContentIndexProvider
    where TIndex : ContentIndex
    where TModel : class
{
    /// <summary>The row for this version, or null when the version needs none.</summary>
    protected abstract TIndex? Map(TModel model, ContentItem item);

    public async Task MapAsync(ContentContext context, PortalDbContext db, CancellationToken cancellationToken)
    {
        if (context.Model is not TModel model)
        {
            return;
        }

        var versionId = context.Item.VersionId;
        await db.Set<TIndex>().Where(i => i.VersionId == versionId).ExecuteDeleteAsync(cancellationToken);
        var row = Map(model, context.Item);
        if (row is null)
        {
            return;
        }

        row.VersionId = versionId;
        row.ItemId = context.Item.ItemId;
        row.Latest = context.Item.Latest;
        row.Published = context.Item.Published;
        db.Set<TIndex>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(row).State = EntityState.Detached;
    }

    public Task SyncFlagsAsync(PortalDbContext db, ContentItem item, CancellationToken cancellationToken) =>
        db.Set<TIndex>()
            .Where(i => i.VersionId == item.VersionId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Latest, item.Latest).SetProperty(i => i.Published, item.Published), cancellationToken);
}
