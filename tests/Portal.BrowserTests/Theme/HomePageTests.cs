using Portal.BrowserTests.Infrastructure;
using Portal.Core.Settings;
using Portal.Testing;

namespace Portal.BrowserTests.Theme;

/// <summary>A site with its identity, contact details and two published items, so every part of the layout is on the page.</summary>
public sealed class HomePageFixture : BrowserFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithCitizenTestTypes("entrada");
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.SaveSettingsAsync(new SiteOptions
        {
            SiteName = "Sede de Villaprueba",
            Organization = "Ayuntamiento de Villaprueba",
            Tagline = "Trámites, avisos y noticias del ayuntamiento.",
            ContactPhone = "900 123 456",
            ContactEmail = "informacion@villaprueba.test",
            Address = "Plaza Mayor, 1\n28999 Villaprueba",
        });
        await Host.PublishCitizenItemAsync("entrada", "Abierto el plazo de las becas de comedor");
        await Host.PublishCitizenItemAsync("entrada", "Corte de agua en la calle Real el martes");
    }
}

public sealed class HomePageTests(HomePageFixture fixture) : BrowserTest<HomePageFixture>(fixture), IClassFixture<HomePageFixture>
{
    [Fact]
    public async Task The_home_page_is_in_Spanish_and_passes_axe()
    {
        var response = await OpenAsync("/");

        Assert.Equal(200, response.Status);
        Assert.Equal("es", await Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Inicio · Sede de Villaprueba", await Page.TitleAsync());
        Assert.Equal("Sede de Villaprueba", await Page.Locator("h1").InnerTextAsync());
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_home_page_works_with_the_keyboard_alone()
    {
        await OpenAsync("/");

        await Page.AssertSkipLinkWorksAsync();
        await Page.AssertTabReachesAsync(
            "Corte de agua en la calle Real el martes",
            "Abierto el plazo de las becas de comedor",
            "900 123 456",
            "informacion@villaprueba.test");
    }

    [Fact]
    public async Task The_header_link_comes_right_after_the_skip_link()
    {
        await OpenAsync("/");

        await Page.TabAsync();
        var second = await Page.TabAsync();

        Assert.Equal("Sede de Villaprueba", second.Text);
        Assert.True(second.FocusVisible, $"Focus is not visible on {second}.");
    }

    [Fact]
    public async Task At_320_pixels_wide_nothing_scrolls_sideways()
    {
        await Page.SetViewportSizeAsync(320, 640);

        await OpenAsync("/");

        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"The page is {scrollWidth}px wide at a 320px viewport: content scrolls sideways (WCAG 1.4.10).");
        await Page.AssertNoViolationsAsync();
    }
}
