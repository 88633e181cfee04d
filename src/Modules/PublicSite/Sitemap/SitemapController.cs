using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.Theming;

namespace Portal.PublicSite.Sitemap;

/// <summary>
/// "/sitemap.xml" lists every public address while they fit in one file (sitemaps.org: 50,000); beyond that it is
/// a sitemap index of "/sitemap-1.xml", "/sitemap-2.xml"…, the fixed addresses first, then the items by age.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class SitemapController(SitemapQuery query, PublicUrls urls, IOptions<SitemapOptions> options) : Controller
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private int MaxUrls => options.Value.MaxUrlsPerFile;

    [HttpGet("sitemap.xml")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var baseUrl = await urls.BaseAsync(Request, cancellationToken);
        var fixedUrls = await query.FixedAsync(cancellationToken);
        var total = fixedUrls.Count + await query.CountItemsAsync(cancellationToken);
        if (total <= MaxUrls)
        {
            var items = await query.ItemsAsync(0, MaxUrls, cancellationToken);
            return Xml(w => WriteUrlSet(w, baseUrl, [.. fixedUrls, .. items]));
        }

        var parts = (total + MaxUrls - 1) / MaxUrls;
        return Xml(w =>
        {
            w.WriteStartElement("sitemapindex", Namespace);
            for (var part = 1; part <= parts; part++)
            {
                w.WriteStartElement("sitemap", Namespace);
                w.WriteElementString("loc", Namespace, PublicUrls.Absolute(baseUrl, $"/sitemap-{part}.xml"));
                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    [HttpGet("sitemap-{part:int}.xml")]
    public async Task<IActionResult> Part(int part, CancellationToken cancellationToken)
    {
        var fixedUrls = await query.FixedAsync(cancellationToken);
        var total = fixedUrls.Count + await query.CountItemsAsync(cancellationToken);
        if (total <= MaxUrls || part < 1 || part > (total + MaxUrls - 1) / MaxUrls)
        {
            return NotFound();
        }

        var baseUrl = await urls.BaseAsync(Request, cancellationToken);
        var start = (part - 1) * MaxUrls;
        var fromFixed = fixedUrls.Skip(start).Take(MaxUrls).ToList();
        var items = await query.ItemsAsync(Math.Max(0, start - fixedUrls.Count), MaxUrls - fromFixed.Count, cancellationToken);
        return Xml(w => WriteUrlSet(w, baseUrl, [.. fromFixed, .. items]));
    }

    private static void WriteUrlSet(XmlWriter writer, string baseUrl, IEnumerable<SitemapUrl> entries)
    {
        writer.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, PublicUrls.Absolute(baseUrl, entry.Path));
            if (entry.LastModifiedUtc is { } modified)
            {
                writer.WriteElementString("lastmod", Namespace, W3cDate(modified));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    /// <summary>The W3C datetime sitemaps.org asks for, in UTC.</summary>
    public static string W3cDate(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private FileContentResult Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return File(stream.ToArray(), "application/xml; charset=utf-8");
    }
}
