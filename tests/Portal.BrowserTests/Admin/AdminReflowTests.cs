using Portal.BrowserTests.CitizenTypes;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Admin;

/// <summary>
/// The admin at 390 CSS pixels (a phone, or 1280 px zoomed to 400 %) reads without scrolling sideways, WCAG 1.4.10.
/// A wide table scrolls inside its own box, which is allowed; the page itself does not.
/// </summary>
public sealed class AdminReflowTests(SampleContentFixture fixture) : BrowserTest<SampleContentFixture>(fixture), IClassFixture<SampleContentFixture>
{
    private const int Width = 390;

    /// <summary>What sticks out past the viewport outside a scrolling box, to name the culprit when the check fails.</summary>
    private const string Overflowing = """
        (width) => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return false; } return true; })
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)}px)`)
            .join(', ')
        """;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/ajustes")]
    [InlineData("/admin/puesta-en-marcha")]
    [InlineData("/admin/contenidos")]
    [InlineData("/admin/contenidos/entrada-plazo-ayuda-2026")]
    public async Task The_admin_page_fits_390_pixels_without_scrolling_sideways(string path)
    {
        await Page.SetViewportSizeAsync(Width, 844);
        await SignInAsync();

        var response = await OpenAsync(path);
        var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.Equal(200, response.Status);
        Assert.True(scrollWidth <= Width, $"{path} is {scrollWidth}px wide at a {Width}px viewport (WCAG 1.4.10); past the edge: {await Page.EvaluateAsync<string>(Overflowing, Width)}.");
        await Page.AssertNoViolationsAsync();
    }
}
