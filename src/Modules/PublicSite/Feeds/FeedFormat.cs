namespace Portal.PublicSite.Feeds;

/// <summary>
/// Every list has both formats side by side: "{list}/feed.xml" (RSS 2.0, what most readers and e-mail tools
/// expect) and "{list}/atom.xml" (Atom, RFC 4287, with true update dates).
/// </summary>
public enum FeedFormat
{
    Rss,
    Atom,
}

public static class FeedPaths
{
    public const string RssFile = "feed.xml";

    public const string AtomFile = "atom.xml";

    public const string RssMediaType = "application/rss+xml";

    public const string AtomMediaType = "application/atom+xml";

    /// <summary>The feed of the list at <paramref name="listPath"/> ("/" for everything, "/blog", "/temas/empleo").</summary>
    public static string Of(string listPath, FeedFormat format) =>
        listPath.TrimEnd('/') + "/" + (format == FeedFormat.Rss ? RssFile : AtomFile);

    public static string MediaType(FeedFormat format) => format == FeedFormat.Rss ? RssMediaType : AtomMediaType;
}
