using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Theme;

/// <summary>The coat of arms uploaded on the setup page, in the public header on a phone and on a desktop.</summary>
public sealed class SiteLogoTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    /// <summary>A 60×72 PNG in the council's red, the proportions of a coat of arms.</summary>
    private static readonly byte[] CoatOfArms = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADwAAABICAIAAAAlLQHyAAAAUUlEQVR42u3OAQ0AAAgDoCcxgOmNaA4dGwHIVJ8TaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlpaWlp6W/pBb+OWfF8RBCJAAAAAElFTkSuQmCC");

    [Fact]
    public async Task The_header_with_the_logo_fits_390_pixels_and_passes_axe_on_a_phone_and_a_desktop()
    {
        await SignInAsync();
        await OpenAsync("/admin/puesta-en-marcha");
        await Page.GetByLabel("Escudo o logotipo (opcional)").SetInputFilesAsync(new FilePayload { Name = "escudo.png", MimeType = "image/png", Buffer = CoatOfArms });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Guardar y empezar" }).ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");

        foreach (var (width, height, logoHeight) in new[] { (390, 844, 40), (1280, 800, 48) })
        {
            await Page.SetViewportSizeAsync(width, height);
            await OpenAsync("/");

            var logo = Page.Locator(".site-name img");
            await Assertions.Expect(logo).ToBeVisibleAsync();
            await Assertions.Expect(logo).ToHaveAttributeAsync("alt", "");
            Assert.Equal(logoHeight, (await logo.BoundingBoxAsync())!.Height);
            var scrollWidth = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"The home page is {scrollWidth}px wide at a {width}px viewport (WCAG 1.4.10).");
            await Page.AssertNoViolationsAsync();
        }
    }
}
