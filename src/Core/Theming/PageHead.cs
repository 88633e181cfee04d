using System.Text.Json.Nodes;

namespace Portal.Core.Theming;

/// <summary>
/// What the public page being rendered tells browsers, search engines and social networks about itself, beyond
/// its visible text. One per request: the page fills it, the theme's layout writes it into &lt;head&gt;.
/// </summary>
public sealed class PageHead
{
    /// <summary>The title shared on networks; the page's own title when empty.</summary>
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The address search engines should index: a path ("/tramites/vado") or an absolute URL.</summary>
    public string? CanonicalUrl { get; set; }

    /// <summary>Open Graph type: "website", "article" or "video.other".</summary>
    public string OpenGraphType { get; set; } = "website";

    public PageImage? Image { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    /// <summary>An article's section (its first topic's name).</summary>
    public string? Section { get; set; }

    public List<string> Tags { get; } = [];

    public bool NoIndex { get; set; }

    /// <summary>schema.org objects, each written as its own JSON-LD block.</summary>
    public List<JsonObject> JsonLd { get; } = [];

    /// <summary>Feeds announced for autodiscovery.</summary>
    public List<FeedLink> Feeds { get; } = [];
}

/// <param name="Url">A path or an absolute URL; the layout makes it absolute.</param>
public sealed record PageImage(string Url, string Alt, int? Width = null, int? Height = null);

/// <param name="MediaType">"application/atom+xml" or "application/rss+xml".</param>
public sealed record FeedLink(string Title, string Url, string MediaType);
