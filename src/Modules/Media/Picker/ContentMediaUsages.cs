using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Media.Library;

namespace Portal.Media.Picker;

/// <summary>The content items whose latest or published version uses an asset, by title, with their edit page.</summary>
internal sealed class ContentMediaUsages(IUnitOfWork unitOfWork) : IMediaUsageProvider
{
    /// <summary>The Contents module's edit page; Media does not reference that module, so the address is written here.</summary>
    public static string EditUrl(string itemId) => "/admin/contenidos/" + itemId;

    public async Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var db = unitOfWork.Db;
        var itemIds = db.Set<ContentMediaIndex>().Where(i => i.AssetId == assetId && (i.Latest || i.Published)).Select(i => i.ItemId);
        var items = await db.Set<ContentItem>().AsNoTracking()
            .Where(c => c.Latest && itemIds.Contains(c.ItemId))
            .OrderBy(c => c.DisplayText).ThenBy(c => c.ItemId)
            .Select(c => new { c.ItemId, c.DisplayText })
            .ToListAsync(cancellationToken);
        return [.. items.Select(i => new MediaUsage(i.DisplayText, EditUrl(i.ItemId)))];
    }
}
