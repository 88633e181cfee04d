using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Tramites;

/// <summary>
/// The public pages of the default recipe's site as a citizen meets them: axe, the skip link, the main navigation by
/// keyboard with visible focus, and no sideways scrolling on a 320 px wide screen (WCAG 1.4.10).
/// </summary>
public sealed class PublicSitePagesTests(DefaultRecipeBrowserFixture fixture)
    : BrowserTest<DefaultRecipeBrowserFixture>(fixture), IClassFixture<DefaultRecipeBrowserFixture>
{
    /// <summary>Names the elements sticking out on the right, so a failure says what to fix.</summary>
    private const string WiderThanTheViewport = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 8)
            .map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\s+/g, '.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + 'px)')
            .join(', ')
        """;

    private static readonly string[] MainNavigation = ["Trámites", "Temas", "Hechos vitales", "Blog"];

    [Theory]
    [InlineData("/")]
    [InlineData("/temas")]
    [InlineData("/temas/padron-y-censo")]
    [InlineData("/hechos-vitales/tener-un-hijo")]
    [InlineData("/blog")]
    [InlineData("/declaracion-de-accesibilidad")]
    public async Task The_page_passes_axe(string path)
    {
        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/temas")]
    [InlineData("/temas/padron-y-censo")]
    [InlineData("/hechos-vitales/tener-un-hijo")]
    [InlineData("/blog")]
    [InlineData("/declaracion-de-accesibilidad")]
    [InlineData("/buscar?q=vado")]
    public async Task The_skip_link_works_and_the_main_navigation_is_reached_with_visible_focus(string path)
    {
        await OpenAsync(path);
        await Page.AssertSkipLinkWorksAsync();

        await OpenAsync(path);
        await Page.TabAsync();
        await Page.AssertTabReachesAsync(MainNavigation);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/temas")]
    [InlineData("/temas/padron-y-censo")]
    [InlineData("/hechos-vitales/tener-un-hijo")]
    [InlineData("/blog")]
    [InlineData("/declaracion-de-accesibilidad")]
    [InlineData("/tramites/empadronamiento")]
    public async Task Every_stop_of_the_tab_order_shows_its_focus(string path)
    {
        await OpenAsync(path);

        await AssertEveryTabStopShowsFocusAsync(path);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tramites/empadronamiento")]
    [InlineData("/temas/padron-y-censo")]
    public async Task At_320_pixels_wide_every_stop_of_the_tab_order_shows_its_focus(string path)
    {
        await Page.SetViewportSizeAsync(320, 640);
        await OpenAsync(path);

        await AssertEveryTabStopShowsFocusAsync(path);
    }

    [Fact]
    public async Task A_search_with_results_passes_axe()
    {
        await OpenUntilIndexedAsync("/buscar?q=vado");

        Assert.Matches(@"^\d+ resultados? para «vado»\.$", (await Page.Locator("#results-status").InnerTextAsync()).Trim());
        Assert.True(await Page.Locator(".search-results h2 a").CountAsync() > 0);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_search_without_results_passes_axe_and_works_with_the_keyboard()
    {
        await OpenUntilIndexedAsync("/buscar?q=xilofonista");

        Assert.Equal("No hemos encontrado resultados para «xilofonista».", (await Page.Locator("#results-status").InnerTextAsync()).Trim());
        await Page.AssertNoViolationsAsync();
        await Page.AssertSkipLinkWorksAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/tramites/empadronamiento")]
    [InlineData("/temas/padron-y-censo")]
    [InlineData("/temas")]
    [InlineData("/hechos-vitales/tener-un-hijo")]
    [InlineData("/blog")]
    [InlineData("/buscar?q=vado")]
    [InlineData("/declaracion-de-accesibilidad")]
    [InlineData("/hechos-vitales")]
    [InlineData("/blog/abre-plazo-ayuda-nacimiento-2026")]
    public async Task At_320_pixels_wide_nothing_scrolls_sideways(string path)
    {
        await Page.SetViewportSizeAsync(320, 640);

        await OpenAsync(path);

        var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var wide = widths[0] > widths[1]
            ? await Page.EvaluateAsync<string>(WiderThanTheViewport)
            : "";
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px viewport: content scrolls sideways. Too wide: {wide}");
    }

    /// <summary>Tabs from the top of the page until focus leaves it or comes back round; every stop must show its focus.</summary>
    private async Task AssertEveryTabStopShowsFocusAsync(string path)
    {
        var seen = new List<FocusedElement>();
        for (var i = 0; i < 200; i++)
        {
            var focused = await Page.TabAsync();
            if (focused.Tag == "body" || (seen.Count > 0 && focused.ClassName.Contains("skip-link", StringComparison.Ordinal)))
            {
                break;
            }

            seen.Add(focused);
        }

        var invisible = seen.Where(f => !f.FocusVisible).ToList();
        Assert.True(seen.Count > MainNavigation.Length, $"Tab stopped after {seen.Count} stops on {path}.");
        Assert.True(invisible.Count == 0, $"Focus is not visible on {path} on:{Environment.NewLine}{string.Join(Environment.NewLine, invisible)}");
    }

    /// <summary>A first start builds the search index in the background: reload until it answers.</summary>
    private async Task OpenUntilIndexedAsync(string path)
    {
        for (var i = 0; i < 120; i++)
        {
            await OpenAsync(path);
            if (await Page.Locator("#results-status").CountAsync() > 0)
            {
                return;
            }

            await Task.Delay(500, TestContext.Current.CancellationToken);
        }

        Assert.Fail($"The search index never answered {path}.");
    }
}
