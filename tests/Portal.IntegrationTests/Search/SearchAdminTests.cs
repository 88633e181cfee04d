using System.Net;
using Portal.Search.Synonyms;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>/admin/busqueda: the synonym list and the background rebuild.</summary>
public sealed class SearchAdminTests(SearchFixture fixture) : PortalTest<SearchFixture>(fixture), IClassFixture<SearchFixture>
{
    private const string Path = "/admin/busqueda";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_shows_the_seeded_synonyms_and_the_index_state()
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var admin = await Host.SignedInClientAsync();

        var html = await admin.GetStringAsync(Path, Ct);

        Assert.Contains(DefaultSynonyms.Lines[0], html, StringComparison.Ordinal);
        Assert.Matches(@"El índice está al día con \d+ contenidos publicados\.", html);
    }

    [Fact]
    public async Task A_line_with_one_variant_is_refused_in_Spanish_keeping_the_text()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(Path, [new("Synonyms", "paro, desempleo\nsolo")], Path + "?handler=Synonyms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("La línea 2 («solo») necesita al menos dos palabras o expresiones separadas por comas.", html, StringComparison.Ordinal);
        Assert.Contains("paro, desempleo\nsolo</textarea>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_synonym_group_finds_pages_after_the_rebuild_it_starts()
    {
        await Host.SearchUntilFoundAsync("padrón");
        await Host.PublishPageAsync("Escuela de música", "escuela-musica", "Clases de marimba y percusión para todas las edades.");
        Assert.Equal(0, (await Host.SearchAsync("xilofono")).Total);
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(Path, [new("Synonyms", string.Join('\n', DefaultSynonyms.Lines.Append("marimba, xilófono")))], Path + "?handler=Synonyms");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var found = await Host.SearchUntilFoundAsync("xilofono");
        Assert.Equal("escuela-musica", Assert.Single(found.Items).Slug());
    }

    [Fact]
    public async Task Rebuilding_runs_in_the_background_and_reports_progress()
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(Path, [], Path + "?handler=Rebuild");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        string status;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            status = await admin.GetStringAsync(Path + "?handler=Status", Ct);
        }
        while (status.Contains("\"running\":true", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("\"running\":false", status, StringComparison.Ordinal);
        Assert.Contains("\"percent\":100", status, StringComparison.Ordinal);
        Assert.Contains("\"failed\":false", status, StringComparison.Ordinal);
        Assert.True((await Host.SearchAsync("vado")).Total > 0);
    }

    [Fact]
    public async Task Only_administrators_reach_the_page()
    {
        using var anonymous = Host.CreateBrowserLikeClient();

        using var response = await anonymous.GetAsync(Path, Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
