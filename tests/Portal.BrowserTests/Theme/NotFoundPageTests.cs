using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Theme;

public sealed class NotFoundPageTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_unknown_address_shows_the_Spanish_404_page_that_passes_axe()
    {
        var response = await OpenAsync("/esta-pagina-no-existe");

        Assert.Equal(404, response.Status);
        Assert.Equal("es", await Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("No encontramos esta página", await Page.Locator("h1").InnerTextAsync());
        Assert.StartsWith("No encontramos esta página · ", await Page.TitleAsync(), StringComparison.Ordinal);
        await Page.AssertNoViolationsAsync();
    }
}
