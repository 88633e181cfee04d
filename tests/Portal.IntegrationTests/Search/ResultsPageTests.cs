using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>The public results page: count announced, snippets, facets and filters, paging, help when nothing matches.</summary>
public sealed class ResultsPageTests(SearchFixture fixture) : PortalTest<SearchFixture>(fixture), IClassFixture<SearchFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_has_the_search_box()
    {
        using var client = Host.CreateClient();

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/buscar\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_show_the_count_snippets_and_type_filters()
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var client = Host.CreateClient();

        var html = await client.GetStringAsync("/buscar?q=padron", Ct);

        Assert.Matches(@"<p id=""results-status"" role=""status"">\s*\d+ resultados para «padron».", html);
        Assert.Contains("<mark>padrón</mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/buscar?q=padron&amp;tipo=page\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2><a href=\"/empadronamiento\">Empadronarse en Villanueva del Río</a></h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_keeps_only_its_type()
    {
        await Host.SearchUntilFoundAsync("padrón");

        Assert.True((await Host.SearchAsync("padron", "&type=page")).Total > 0);
        Assert.Equal(0, (await Host.SearchAsync("padron", "&type=tramite")).Total);
    }

    [Fact]
    public async Task Nothing_found_offers_a_suggestion_popular_tramites_and_contact()
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var client = Host.CreateClient();

        var html = await client.GetStringAsync("/buscar?q=vadi", Ct);

        Assert.Contains("No hemos encontrado resultados para «vadi».", html, StringComparison.Ordinal);
        Assert.Contains("¿Quisiste decir <a href=\"/buscar?q=vado\"><strong>vado</strong></a>?", html, StringComparison.Ordinal);
        Assert.Contains("Los trámites más buscados", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/vado-permanente\">Pedir un vado para la entrada de vehículos</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:010\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autocomplete_offers_titles_that_start_with_the_typed_words()
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var client = Host.CreateClient();

        var json = await client.GetStringAsync("/api/search/suggest?q=empad", Ct);

        Assert.Contains("Empadronarse en Villanueva del Río", json, StringComparison.Ordinal);
        Assert.Contains("Empadronarse en 4 pasos", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_moves_through_the_results()
    {
        await Host.SearchUntilFoundAsync("padrón");
        for (var i = 1; i <= 12; i++)
        {
            await Host.PublishPageAsync($"Farola {i}", $"farola-{i}", $"La farola número {i} de la plaza se enciende al anochecer.");
        }

        var first = await Host.SearchAsync("farola");
        var second = await Host.SearchAsync("farola", "&page=2");

        Assert.Equal(12, first.Total);
        Assert.Equal(10, first.Items.Count);
        Assert.Equal(2, second.Page);
        Assert.Equal(2, second.Items.Count);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
        Assert.Equal(0, (await Host.SearchAsync("de")).Total);
    }

    [Fact]
    public async Task The_empty_search_page_shows_only_the_form()
    {
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/buscar", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("results-status", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
