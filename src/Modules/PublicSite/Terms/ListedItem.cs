using System.Globalization;
using Portal.Contents.Catalog;
using Portal.Contents.Time;

namespace Portal.PublicSite.Terms;

/// <summary>One item of a public list, with its date already in the site's words and time zone.</summary>
public sealed record ListedItem(string Title, string Summary, string Url, string DateText, string DateIso)
{
    public static async Task<ListedItem> FromAsync(CatalogEntry entry, SiteTime time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(time);
        var local = await time.ToLocalAsync(entry.PublishedUtc, cancellationToken);
        return new ListedItem(entry.Title, entry.Summary, entry.Url, await time.LongDateAsync(entry.PublishedUtc, cancellationToken),
            local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}

/// <summary>A list's items of one type under that type's Spanish name.</summary>
public sealed record ListedGroup(string Name, IReadOnlyList<ListedItem> Items);
