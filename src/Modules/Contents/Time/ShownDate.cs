using Portal.Core.Content;

namespace Portal.Contents.Time;

/// <summary>The date a public page shows for a version, as text ("12 de mayo de 2026") and for <c>&lt;time datetime&gt;</c>.</summary>
public sealed record ShownDate(string Text, string Iso)
{
    /// <summary>A published version shows when it went public; a draft in preview, when it was last saved.</summary>
    public static async Task<ShownDate> OfAsync(ContentItem item, SiteTime siteTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(siteTime);
        var utc = item.PublishedUtc ?? item.ModifiedUtc;
        return new ShownDate(await siteTime.LongDateAsync(utc, cancellationToken), await siteTime.IsoDateAsync(utc, cancellationToken));
    }
}
