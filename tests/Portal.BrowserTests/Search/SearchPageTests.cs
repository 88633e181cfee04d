using Portal.BrowserTests.Infrastructure;
using Portal.Testing;

namespace Portal.BrowserTests.Search;

/// <summary>A site set up from the search test recipe, so searches find the sample trámites.</summary>
public sealed class SearchPageFixture : BrowserFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", Path.Combine(AppContext.BaseDirectory, "TestRecipes", "search.recipe.json"));
    }
}

public sealed class SearchPageTests(SearchPageFixture fixture) : BrowserTest<SearchPageFixture>(fixture), IClassFixture<SearchPageFixture>
{
    [Fact]
    public async Task The_results_page_announces_its_count_and_passes_axe()
    {
        await OpenUntilIndexedAsync("/buscar?q=padron");

        Assert.Equal("status", await Page.Locator("#results-status").GetAttributeAsync("role"));
        Assert.Matches(@"^\d+ resultados para «padron»\.$", (await Page.Locator("#results-status").InnerTextAsync()).Trim());
        Assert.True(await Page.Locator(".search-results mark").CountAsync() > 0);
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_no_results_page_helps_and_passes_axe()
    {
        await OpenUntilIndexedAsync("/buscar?q=vadi");

        Assert.Equal("No hemos encontrado resultados para «vadi».", (await Page.Locator("#results-status").InnerTextAsync()).Trim());
        Assert.Equal("vado", await Page.Locator(".search-suggestion a").InnerTextAsync());
        await Page.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_search_box_in_the_header_leads_to_the_results()
    {
        await OpenUntilIndexedAsync("/buscar?q=vado");
        await OpenAsync("/");

        await Page.GetByLabel("Buscar en el sitio").FillAsync("cheque bebe");
        await Page.Locator(".search-box button").First.ClickAsync();

        await Page.WaitForURLAsync("**/buscar?q=cheque+bebe");
        Assert.Equal("Pedir la ayuda municipal por nacimiento o adopción", await Page.Locator(".search-results h2 a").First.InnerTextAsync());
    }

    /// <summary>A first start builds the index in the background: reload until it answers.</summary>
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
    }
}
