using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Contents.Catalog;

/// <summary>Checks of links from one citizen-facing item to others, for the types' content handlers.</summary>
public static class CitizenLinks
{
    /// <summary>
    /// The ids among <paramref name="itemIds"/> that are malformed or name an item of another type than
    /// <paramref name="contentType"/>. Ids of items not created yet pass (a recipe may link before the target
    /// exists); pages show only links to published items, so they never dangle. An extension of the unit of work,
    /// so content handlers can call it without depending on the URL providers (which depend on the content manager).
    /// </summary>
    public static async Task<IReadOnlyList<string>> WrongLinksAsync(this IUnitOfWork unitOfWork, IEnumerable<string> itemIds, string contentType, CancellationToken cancellationToken)
    {
        var ids = itemIds.Distinct(StringComparer.Ordinal).ToList();
        var malformed = ids.Where(id => !ContentIds.IsValid(id)).ToList();
        var wellFormed = ids.Except(malformed).ToList();
        if (wellFormed.Count == 0)
        {
            return malformed;
        }

        var otherType = await unitOfWork.Db.Set<CatalogIndex>()
            .Where(i => i.Latest && wellFormed.Contains(i.ItemId) && i.ContentType != contentType)
            .Select(i => i.ItemId)
            .ToListAsync(cancellationToken);
        return [.. malformed, .. otherType.Distinct()];
    }
}
