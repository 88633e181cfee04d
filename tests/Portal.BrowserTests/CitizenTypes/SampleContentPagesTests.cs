using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Testing;

namespace Portal.BrowserTests.CitizenTypes;

/// <summary>The site of the default recipe, whose sample content has posts, infographics and videos.</summary>
public sealed class SampleContentFixture : BrowserFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", "recipes/portal.recipe.json");
    }
}

/// <summary>Blog posts, infographics and videos in a browser: axe on the public pages and editors, keyboard use, and the consent to third-party video.</summary>
public sealed class SampleContentPagesTests(SampleContentFixture fixture) : BrowserTest<SampleContentFixture>(fixture), IClassFixture<SampleContentFixture>
{
    private const string YouTubeVideo = "/videos/vado-por-internet";

    [Theory]
    [InlineData("/blog")]
    [InlineData("/blog/abre-plazo-ayuda-nacimiento-2026")]
    [InlineData("/infografias/presupuesto-2026")]
    [InlineData("/infografias/empadronarse-en-4-pasos")]
    [InlineData("/videos/pedir-cita-previa")]
    [InlineData(YouTubeVideo)]
    public async Task Public_pages_pass_axe(string path)
    {
        await BlockThirdPartiesAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("/admin/contenidos/nuevo/entrada")]
    [InlineData("/admin/contenidos/entrada-plazo-ayuda-2026")]
    [InlineData("/admin/contenidos/infografia-presupuesto")]
    [InlineData("/admin/contenidos/video-vado-internet")]
    public async Task Editors_pass_axe(string path)
    {
        await SignInAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        // Axe skips what is hidden: the folded SEO and social sections are opened so their fields are checked too.
        Assert.Equal(2, await Page.Locator("details.part-details").CountAsync());
        foreach (var summary in await Page.Locator("details.part-details > summary").AllAsync())
        {
            await summary.ClickAsync();
        }

        Assert.Equal(0, await Page.Locator("details.part-details:not([open])").CountAsync());

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_keyboard_reaches_the_consent_button_which_then_inserts_the_privacy_enhanced_player()
    {
        await BlockThirdPartiesAsync();
        await OpenAsync(YouTubeVideo);
        Assert.Equal(0, await Page.Locator("iframe").CountAsync());

        var focused = await TabToAsync(f => f.Tag == "button" && f.Text == "Ver el vídeo de YouTube aquí");
        Assert.True(focused.FocusVisible, $"The consent button shows no focus: {focused}.");
        await Page.Keyboard.PressAsync("Enter");

        var frame = Page.Locator("iframe");
        await Assertions.Expect(frame).ToHaveCountAsync(1);
        Assert.Equal("https://www.youtube-nocookie.com/embed/Vd3xP9kR2mQ", await frame.GetAttributeAsync("src"));
        Assert.Equal("Vídeo: Cómo pedir el vado por la sede electrónica", await frame.GetAttributeAsync("title"));
    }

    [Fact]
    public async Task The_keyboard_reaches_the_hosted_video_player()
    {
        await OpenAsync("/videos/pedir-cita-previa");

        var focused = await TabToAsync(f => f.Tag == "video");

        Assert.Equal("video", focused.Tag);
        Assert.Equal(0, await Page.Locator("video[autoplay]").CountAsync());
        Assert.Equal(1, await Page.Locator("video[controls] track[kind=captions][srclang=es][default]").CountAsync());
    }

    /// <summary>No request may leave the test machine: third-party hosts are refused before they are asked.</summary>
    private async Task BlockThirdPartiesAsync() =>
        await Page.RouteAsync(url => !url.StartsWith(Host.BaseAddress.ToString(), StringComparison.Ordinal), route => route.AbortAsync());

    private async Task<FocusedElement> TabToAsync(Func<FocusedElement, bool> target)
    {
        for (var i = 0; i < 60; i++)
        {
            var focused = await Page.TabAsync();
            if (target(focused))
            {
                return focused;
            }
        }

        Assert.Fail("The keyboard never reached the element within 60 presses of Tab.");
        return null!;
    }
}
