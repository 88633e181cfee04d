using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;

namespace Portal.BrowserTests.Admin;

/// <summary>The editors' tools in a browser: counters and the plain-language panel while typing, the review, feedback and jargon pages, citizens' feedback by keyboard.</summary>
public sealed class EditorToolsPageTests(BrowserFixture fixture) : BrowserTest<BrowserFixture>(fixture), IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/admin/contenidos/revision")]
    [InlineData("/admin/opiniones")]
    [InlineData("/admin/lenguaje-claro/jerga")]
    [InlineData("/admin/contenidos?revision=true&tema=servicios-sociales")]
    public async Task The_page_passes_axe(string path)
    {
        await SignInAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_counter_speaks_when_the_title_passes_the_limit_and_the_panel_follows_typing()
    {
        await SignInAsync();
        await OpenAsync("/admin/contenidos/nuevo/page");
        var title = Page.GetByLabel("Título", new() { Exact = true });

        await title.FillAsync("Horario de verano");
        await Assertions.Expect(Page.Locator("#Edit_Title-count")).ToHaveTextAsync("17 de 65 caracteres recomendados");
        await Assertions.Expect(Page.Locator("#Edit_Title-limit")).ToHaveTextAsync("");
        await title.FillAsync(new string('a', 70));
        await Assertions.Expect(Page.Locator("#Edit_Title-limit")).ToHaveTextAsync("Has pasado de los 65 caracteres recomendados.");

        await Page.GetByLabel("Texto", new() { Exact = true }).FillAsync("Tienes que cumplimentar el impreso.");
        await Assertions.Expect(Page.Locator("#readability-jargon")).ToContainTextAsync("«cumplimentar»: mejor «rellenar».");
        await Assertions.Expect(Page.Locator("#readability-status")).ToContainTextAsync("Lenguaje claro actualizado");
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_citizen_answers_no_with_the_keyboard_and_hears_the_thanks()
    {
        await SignInAsync();
        await OpenAsync("/admin/contenidos/nuevo/page");
        await Page.GetByLabel("Título", new() { Exact = true }).FillAsync("Horario del mercado");
        await Page.GetByLabel("Resumen", new() { Exact = true }).FillAsync("El mercado abre de martes a sábado.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publicar", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/nuevo/", StringComparison.Ordinal));
        await Page.Context.ClearCookiesAsync();

        await OpenAsync("/horario-del-mercado");
        await Page.AssertNoViolationsAsync();
        var no = Page.GetByRole(AriaRole.Button, new() { Name = "No, esta página no me ha resultado útil" });
        await no.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Page.GetByLabel("¿Qué ha fallado?")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("¿Qué estabas haciendo?")).ToBeFocusedAsync();
        await Page.AssertNoViolationsAsync();
        await Page.Keyboard.TypeAsync("Buscaba el horario de los domingos.");
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync("No dice si abre en festivos.");
        await Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Enviar" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Page.Locator("#opinion-status")).ToHaveTextAsync("Gracias por tu opinión.");
        await Page.AssertNoViolationsAsync();
    }
}
