using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Testing;

namespace Portal.BrowserTests.Admin;

/// <summary>An administrator makes a token for a user in a browser: the form, its errors, the one-time secret and the list pass axe.</summary>
public sealed class ApiTokensPageTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_administrator_creates_a_token_sees_it_once_and_revokes_it()
    {
        await SignInAsync();
        await OpenAsync("/admin/tokens-api/nuevo");
        await Page.AssertNoViolationsAsync();

        await Page.GetByLabel("Nombre", new() { Exact = true }).FillAsync("Gestor de expedientes");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Crear token" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Escribe el usuario del token.").First).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        await Page.GetByLabel("Usuario", new() { Exact = true }).FillAsync(PortalHost.AdminUserName);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Crear token" }).ClickAsync();
        var secret = await Page.Locator("#token-secret").InnerTextAsync();
        Assert.StartsWith("ptl_", secret, StringComparison.Ordinal);
        await Page.AssertNoViolationsAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Volver a los tokens" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Rowheader, new() { Name = "Gestor de expedientes" })).ToBeVisibleAsync();
        Assert.DoesNotContain(secret, await Page.ContentAsync(), StringComparison.Ordinal);
        await Page.AssertNoViolationsAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "Revocar el token «Gestor de expedientes»" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Token revocado. Ya no da acceso a la API.")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }
}
