using Portal.BrowserTests.Infrastructure;
using Portal.Testing;

namespace Portal.BrowserTests.Admin;

public sealed class SignInPageTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_sign_in_page_passes_axe()
    {
        var response = await OpenAsync("/admin/acceso");

        Assert.Equal(200, response.Status);
        Assert.Equal("es", await Page.Locator("html").GetAttributeAsync("lang"));
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_sign_in_page_with_an_error_passes_axe()
    {
        await OpenAsync("/admin/acceso");
        await Page.GetByLabel("Usuario").FillAsync(PortalHost.AdminUserName);
        await Page.GetByLabel("Contraseña").FillAsync("no-es-la-contraseña");

        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForSelectorAsync("#signin-error");

        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_administrator_signs_in_with_the_keyboard_alone()
    {
        await OpenAsync("/admin/acceso");
        await Page.AssertSkipLinkWorksAsync();

        await Page.TabToAsync("input[name='Input.UserName']");
        await Page.Keyboard.TypeAsync(PortalHost.AdminUserName);
        await Page.TabToAsync("input[name='Input.Password']");
        await Page.Keyboard.TypeAsync(PortalHost.AdminPassword);
        await Page.Keyboard.PressAsync("Enter");

        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/admin");
        Assert.Equal("Escritorio", await Page.Locator("h1").InnerTextAsync());
    }
}
