using System.Globalization;
using System.Net;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Testing;

namespace Portal.IntegrationTests.Themes;

/// <summary>A site with its own identity and two published blog posts.</summary>
public sealed class HomePageFixture : CitizenContentFixture
{
    public static readonly SiteOptions Site = new()
    {
        SiteName = "Villaprueba en línea",
        Organization = "Ayuntamiento de Villaprueba",
        Tagline = "Trámites, avisos y noticias del ayuntamiento, explicados con claridad.",
        ContactPhone = "+34 900 123 456",
        ContactEmail = "informacion@villaprueba.test",
        Address = "Plaza Mayor, 1\n28999 Villaprueba (Madrid)",
    };

    public ContentItem Older { get; private set; } = null!;

    public ContentItem Newer { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.SaveSettingsAsync(Site);
        Older = await Host.PublishCitizenItemAsync("entrada", "Abierto el plazo de las becas de comedor");
        Newer = await Host.PublishCitizenItemAsync("entrada", "Corte de agua en la calle Real el martes");
    }
}

public sealed class HomePageTests(HomePageFixture fixture) : PortalTest<HomePageFixture>(fixture), IClassFixture<HomePageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_home_page_welcomes_in_Spanish_with_the_site_name_and_tagline()
    {
        var html = await HomeAsync();

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>Inicio · Villaprueba en línea</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Villaprueba en línea</h1>", html, StringComparison.Ordinal);
        Assert.Contains(HomePageFixture.Site.Tagline!, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_latest_news_lists_published_blog_posts_newest_first()
    {
        var html = await HomeAsync();

        var newer = html.IndexOf("<a href=\"/blog/corte-de-agua-en-la-calle-real-el-martes\">Corte de agua en la calle Real el martes</a>", StringComparison.Ordinal);
        var older = html.IndexOf("<a href=\"/blog/abierto-el-plazo-de-las-becas-de-comedor\">Abierto el plazo de las becas de comedor</a>", StringComparison.Ordinal);
        Assert.True(newer >= 0 && older >= 0, "Both published posts should be linked from the home page.");
        Assert.True(newer < older, "The newest post should come first.");
        Assert.DoesNotContain("Todavía no hay noticias publicadas", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_links_the_accessibility_statement_and_the_legal_pages_from_its_footer()
    {
        var html = await HomeAsync();

        Assert.Contains("<a href=\"/declaracion-de-accesibilidad\">Declaración de accesibilidad</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/aviso-legal\">Aviso legal</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/temas\">Temas</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/tema/marca.css?c=0b4f8a\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publication_dates_are_written_in_Spanish_in_the_site_time_zone()
    {
        var html = await HomeAsync();

        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");
        var published = TimeZoneInfo.ConvertTimeFromUtc(Fixture.Newer.PublishedUtc!.Value, madrid);
        var expected = published.ToString("d 'de' MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-ES"));
        Assert.Contains($"Publicado el <time datetime=\"{published:yyyy-MM-dd}\">{expected}</time>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_footer_gives_the_organization_and_its_contact_details()
    {
        // Razor encodes "+" as a character reference; compare what the browser reads.
        var html = WebUtility.HtmlDecode(await HomeAsync());

        Assert.Contains("<h2 id=\"footer-contact-heading\">Contacto</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"tel:+34900123456\">+34 900 123 456</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:informacion@villaprueba.test\">informacion@villaprueba.test</a>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"address-line\">Plaza Mayor, 1</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"address-line\">28999 Villaprueba (Madrid)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Ayuntamiento de Villaprueba", html, StringComparison.Ordinal);
    }

    private async Task<string> HomeAsync()
    {
        using var client = Host.CreateBrowserLikeClient();
        using var response = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}

public sealed class EmptyHomePageTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task A_site_with_nothing_published_says_so_kindly()
    {
        using var client = Host.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<h2 id=\"latest-heading\">Últimas noticias</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Todavía no hay noticias publicadas", html, StringComparison.Ordinal);
        Assert.Contains("Pronto verás aquí los trámites que más se piden.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"content-list\"", html, StringComparison.Ordinal);
    }
}
