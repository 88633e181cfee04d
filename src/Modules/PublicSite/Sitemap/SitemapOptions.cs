using System.ComponentModel.DataAnnotations;

namespace Portal.PublicSite.Sitemap;

public sealed class SitemapOptions
{
    public const string Section = "Portal:Sitemap";

    /// <summary>The sitemaps.org limit per file; above it /sitemap.xml becomes an index of numbered files.</summary>
    [Range(1, 50_000)]
    public int MaxUrlsPerFile { get; set; } = 50_000;
}
