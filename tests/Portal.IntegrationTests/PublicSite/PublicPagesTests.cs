using System.Net;
using System.Xml.Linq;
using Portal.Testing;

namespace Portal.IntegrationTests.PublicSite;

public sealed class PublicPagesTests(PublicSiteFixture fixture) : PortalTest<PublicSiteFixture>(fixture), IClassFixture<PublicSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_home_page_lists_the_featured_tramites_in_the_chosen_order_the_newest_ones_and_the_latest_posts()
    {
        var html = await GetAsync("/");

        var empleo = html.IndexOf("<a href=\"/tramites/apuntarse-en-la-bolsa-de-empleo\">Apuntarse en la bolsa de empleo</a>", StringComparison.Ordinal);
        var padron = html.IndexOf("<a href=\"/tramites/empadronarse-en-villaprueba\">Empadronarse en Villaprueba</a>", StringComparison.Ordinal);
        Assert.True(empleo >= 0 && padron > empleo, "The featured trámites should be listed in the order chosen at /admin/portada.");
        var featured = html[html.IndexOf("id=\"featured-heading\"", StringComparison.Ordinal)..];
        featured = featured[..featured.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.DoesNotContain("Pedir un vado", featured, StringComparison.Ordinal);
        var newest = html[html.IndexOf("id=\"new-tramites-heading\"", StringComparison.Ordinal)..];
        Assert.Contains("Pedir un vado", newest[..newest.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<a href=\"/blog/nueva-feria-de-empleo-en-marzo\">Nueva feria de empleo en marzo</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/temas/empleo\">Empleo</a>", html, StringComparison.Ordinal);
        Assert.Contains("\"urlTemplate\":\"https://www.villaprueba.test/buscar?q={search_term_string}\"", html, StringComparison.Ordinal);
        Assert.Contains("\"@type\":\"GovernmentOrganization\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_page_lists_only_its_published_items_trámites_first_with_its_feeds()
    {
        // Razor writes "+" as a character reference; compare what the browser reads.
        var html = WebUtility.HtmlDecode(await GetAsync("/temas/empleo"));

        var tramite = html.IndexOf("Apuntarse en la bolsa de empleo", StringComparison.Ordinal);
        var post = html.IndexOf("Nueva feria de empleo en marzo", StringComparison.Ordinal);
        Assert.True(tramite >= 0 && post > tramite, "Trámites come before blog posts.");
        Assert.DoesNotContain("Borrador de ayudas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Pedir un vado", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Empleo</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Novedades sobre Empleo (RSS)\" href=\"https://www.villaprueba.test/temas/empleo/feed.xml\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Novedades sobre Empleo (Atom)\" href=\"https://www.villaprueba.test/temas/empleo/atom.xml\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Life_event_pages_and_the_indexes_render_and_unknown_terms_are_not_found()
    {
        Assert.Contains("Empadronarse en Villaprueba", await GetAsync("/hechos-vitales/cambiar-de-domicilio"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/temas/padron-y-censo\">Padrón y censo</a>", await GetAsync("/temas"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/hechos-vitales/tener-un-hijo\">Tener un hijo</a>", await GetAsync("/hechos-vitales"), StringComparison.Ordinal);

        using var client = Host.CreateBrowserLikeClient();
        foreach (var path in new[] { "/temas/no-existe", "/hechos-vitales/no-existe", "/temas/no-existe/feed.xml", "/temas/empleo?pagina=2" })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {response.StatusCode}.");
        }
    }

    [Fact]
    public async Task The_RSS_feed_of_a_topic_parses_and_holds_its_published_items_with_absolute_links()
    {
        var rss = XDocument.Parse(await GetAsync("/temas/empleo/feed.xml", "application/rss+xml"));

        var items = rss.Descendants("item").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Nueva feria de empleo en marzo", items[0].Element("title")!.Value);
        Assert.Equal("https://www.villaprueba.test/blog/nueva-feria-de-empleo-en-marzo", items[0].Element("link")!.Value);
        Assert.Equal("https://www.villaprueba.test/tramites/apuntarse-en-la-bolsa-de-empleo", items[1].Element("link")!.Value);
        Assert.Equal(Fixture.Post.PublishedUtc!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(items[0].Element("pubDate")!.Value, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_Atom_feed_of_a_type_parses_and_holds_only_that_type()
    {
        var atom = XDocument.Parse(await GetAsync("/tramites/atom.xml", "application/atom+xml"));

        var links = atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).ToList();
        Assert.Equal(3, links.Count);
        Assert.All(links, l => Assert.StartsWith("https://www.villaprueba.test/tramites/", l, StringComparison.Ordinal));
        Assert.Contains(atom.Root.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self" && l.Attribute("href")!.Value == "https://www.villaprueba.test/tramites/atom.xml");

        var all = XDocument.Parse(await GetAsync("/feed.xml", "application/rss+xml"));
        Assert.Equal(4, all.Descendants("item").Count());
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_address_with_the_published_date()
    {
        var sitemap = XDocument.Parse(await GetAsync("/sitemap.xml", "application/xml"));

        var urls = sitemap.Root!.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);
        var vado = Fixture.Vado.PublishedUtc!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(vado, urls["https://www.villaprueba.test/tramites/pedir-un-vado"]);
        Assert.Contains("https://www.villaprueba.test/", urls.Keys);
        Assert.Contains("https://www.villaprueba.test/temas/empleo", urls.Keys);
        Assert.Contains("https://www.villaprueba.test/hechos-vitales/buscar-empleo", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("borrador", StringComparison.Ordinal));
        Assert.Equal(vado, urls["https://www.villaprueba.test/temas/trafico-y-movilidad"]);
    }

    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_admin_and_names_the_sitemap()
    {
        var robots = await GetAsync("/robots.txt", "text/plain");

        Assert.Equal("User-agent: *\nDisallow: /admin\n\nSitemap: https://www.villaprueba.test/sitemap.xml\n", robots);
    }

    private async Task<string> GetAsync(string path, string mediaType = "text/html")
    {
        using var client = Host.CreateBrowserLikeClient();
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
