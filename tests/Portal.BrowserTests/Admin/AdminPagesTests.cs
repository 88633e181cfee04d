using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Admin;

/// <summary>The main admin pages, as an administrator sees them, pass axe; an editor's whole journey works in a browser.</summary>
public sealed class AdminPagesTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/admin/contenidos")]
    [InlineData("/admin/contenidos/nuevo/page")]
    [InlineData("/admin/usuarios")]
    [InlineData("/admin/usuarios/nuevo")]
    [InlineData("/admin/roles")]
    [InlineData("/admin/funcionalidades")]
    [InlineData("/admin/tareas")]
    [InlineData("/admin/recetas")]
    [InlineData("/admin/ajustes")]
    [InlineData("/admin/taxonomias")]
    [InlineData("/admin/taxonomias/temas/nuevo")]
    [InlineData("/admin/busqueda")]
    public async Task The_admin_page_passes_axe(string path)
    {
        await SignInAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_setup_page_at_390_pixels_ties_Identitys_password_rules_to_the_field_and_passes_axe()
    {
        await Page.SetViewportSizeAsync(390, 844);
        await SignInAsync();
        await OpenAsync("/admin/puesta-en-marcha");

        await Page.GetByLabel("Contraseña nueva (opcional)").FillAsync("corta");
        await Page.GetByLabel("Repite la contraseña").FillAsync("corta");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Guardar y empezar" }).ClickAsync();

        var error = Page.Locator("#password-error");
        await Assertions.Expect(error).ToContainTextAsync("La contraseña debe tener al menos 12 caracteres.");
        await Assertions.Expect(Page.GetByLabel("Contraseña nueva (opcional)")).ToHaveAttributeAsync("aria-describedby", "password-hint password-error");
        Assert.True(await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 390, "The setup page with its errors scrolls sideways at 390 px.");
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task An_editor_writes_a_page_sees_the_missing_field_then_publishes_it_for_citizens()
    {
        await SignInAsync();
        await OpenAsync("/admin/contenidos/nuevo/page");

        await Page.GetByLabel("Título", new() { Exact = true }).FillAsync("Horario de las piscinas");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publicar", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.GetByText("Falta el resumen: es obligatorio para publicar.").First).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();

        await Page.GetByLabel("Resumen", new() { Exact = true }).FillAsync("Las piscinas municipales abren del 15 de junio al 15 de septiembre.");
        await Page.GetByLabel("Texto", new() { Exact = true }).FillAsync("Abren **todos los días** de 11:00 a 20:00.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publicar", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/nuevo/", StringComparison.Ordinal));

        await OpenAsync("/horario-de-las-piscinas");
        Assert.Equal("Horario de las piscinas", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal("todos los días", await Page.Locator("main strong").InnerTextAsync());
        await Page.AssertNoViolationsAsync();
        await Page.AssertSkipLinkWorksAsync();
    }
}
