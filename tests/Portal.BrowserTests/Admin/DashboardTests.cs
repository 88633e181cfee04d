using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Admin;

public sealed class DashboardTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_dashboard_after_sign_in_passes_axe()
    {
        await SignInAsync();

        Assert.Equal("Escritorio", await Page.Locator("h1").InnerTextAsync());
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_dashboard_works_with_the_keyboard()
    {
        await SignInAsync();

        await Page.AssertSkipLinkWorksAsync();
    }
}
