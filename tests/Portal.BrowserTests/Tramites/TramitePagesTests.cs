using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Testing;

namespace Portal.BrowserTests.Tramites;

/// <summary>The site as the default recipe makes it, with its twelve sample trámites.</summary>
public sealed class DefaultRecipeBrowserFixture : BrowserFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", "recipes/portal.recipe.json");
    }
}

/// <summary>A sample trámite, the list of trámites and the trámite editor in a browser: axe and keyboard use.</summary>
public sealed class TramitePagesTests(DefaultRecipeBrowserFixture fixture)
    : BrowserTest<DefaultRecipeBrowserFixture>(fixture), IClassFixture<DefaultRecipeBrowserFixture>
{
    private const string SampleItemId = "tramite-empadronamiento";

    [Fact]
    public async Task A_sample_tramite_passes_axe_and_links_its_stylesheet_in_the_head()
    {
        var response = await OpenAsync("/tramites/empadronamiento");

        Assert.Equal(200, response.Status);
        Assert.Equal("Empadronarse en Villanueva del Río", await Page.Locator("h1").InnerTextAsync());
        Assert.Equal(1, await Page.Locator("head link[rel=stylesheet][href*='tramites.css']").CountAsync());
        Assert.Equal(0, await Page.Locator("body link").CountAsync());
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task From_the_skip_link_the_start_button_comes_right_after_the_breadcrumbs()
    {
        await OpenAsync("/tramites/empadronamiento");

        await Page.AssertSkipLinkWorksAsync();
        var order = new List<FocusedElement>();
        for (var i = 0; i < 3; i++)
        {
            order.Add(await Page.TabAsync());
        }

        Assert.Equal(["Inicio", "Trámites", "Tramitar"], order.Select(f => f.Text));
        var start = order[2];
        Assert.True(start.ClassName.Contains("tramite-start-button", StringComparison.Ordinal), $"The third Tab should land on the start button, not on {start}.");
        Assert.StartsWith("https://", start.Href, StringComparison.Ordinal);
        Assert.True(start.FocusVisible, $"The focused start button has no visible focus indicator: {start}.");
        Assert.True(order.All(f => f.FocusVisible), $"Focus is not visible on one of: {string.Join(", ", order)}.");
    }

    [Fact]
    public async Task The_list_of_tramites_passes_axe_and_links_the_samples()
    {
        var response = await OpenAsync("/tramites");

        Assert.Equal(200, response.Status);
        Assert.Equal(1, await Page.Locator("main a[href='/tramites/empadronamiento']").CountAsync());
        await Page.AssertNoViolationsAsync();
        await Page.AssertSkipLinkWorksAsync();
    }

    [Theory]
    [InlineData("/admin/contenidos/nuevo/tramite")]
    [InlineData("/admin/contenidos/" + SampleItemId)]
    [InlineData("/admin/contenidos/" + SampleItemId + "/vista-previa")]
    public async Task The_tramite_admin_page_passes_axe(string path)
    {
        await SignInAsync();

        var response = await OpenAsync(path);

        Assert.Equal(200, response.Status);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_preview_links_the_tramite_stylesheet_in_the_head()
    {
        await SignInAsync();

        await OpenAsync($"/admin/contenidos/{SampleItemId}/vista-previa");

        Assert.Equal(1, await Page.Locator("head link[rel=stylesheet][href*='tramites.css']").CountAsync());
        Assert.Equal(0, await Page.Locator("body link").CountAsync());
    }

    [Fact]
    public async Task The_seo_and_social_sections_open_with_the_keyboard_and_pass_axe()
    {
        await SignInAsync();
        await OpenAsync("/admin/contenidos/nuevo/tramite");

        var seo = Page.Locator("details#Edit_Seo");
        Assert.Null(await seo.GetAttributeAsync("open"));
        await Page.FocusAsync("#Edit_EnglishSummary");
        await Page.TabToAsync("details#Edit_Seo > summary");
        await Page.Keyboard.PressAsync("Enter");

        Assert.NotNull(await seo.GetAttributeAsync("open"));
        await Assertions.Expect(Page.GetByLabel("Título para buscadores")).ToBeVisibleAsync();
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Adding_a_document_with_the_keyboard_puts_focus_on_the_new_row()
    {
        await SignInAsync();
        await OpenAsync("/admin/contenidos/nuevo/tramite");
        await Page.GetByLabel("Título", new() { Exact = true }).FillAsync("Pedir un vado");

        // Start from the field before the group, then only the keyboard: Tab to "Añadir documento", Enter.
        await Page.FocusAsync("#Edit_NoRequirements");
        await Page.TabToAsync("#Edit_Documents_add");
        await Page.Keyboard.PressAsync("Enter");
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Assertions.Expect(Page.Locator("#Edit_Documents_0__Name")).ToBeFocusedAsync();

        var focused = await Page.FocusedAsync();
        Assert.Equal("Edit_Documents_0__Name", focused.Id);
        Assert.True(focused.FocusVisible, $"The new row's first field has focus but no visible indicator: {focused}.");
        Assert.Equal("Pedir un vado", await Page.GetByLabel("Título", new() { Exact = true }).InputValueAsync());
        await Page.AssertNoViolationsAsync();
    }
}
