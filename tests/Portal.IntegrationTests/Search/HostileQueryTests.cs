using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>Whatever a citizen (or a robot) types, search answers with results or an empty list, never an error.</summary>
public sealed class HostileQueryTests(SearchFixture fixture) : PortalTest<SearchFixture>(fixture), IClassFixture<SearchFixture>
{
    public static TheoryData<string> Hostile => new()
    {
        "\"",
        "\"\"",
        "(",
        ")",
        "[",
        "]",
        "{",
        "AND",
        "OR NOT",
        "*",
        "**",
        "?",
        "~",
        "vado~",
        "title:",
        "title:\"x\" OR",
        "padrón AND (",
        "+-!^:\\/",
        "a*",
        "\"vado",
        "'; DROP TABLE ContentItems; --",
        "<script>alert(1)</script>",
        "%00",
        "\u0000\u0001",
        "🙂",
        new string('a', 5000),
        string.Join(' ', Enumerable.Repeat("padrón", 500)),
        string.Join(' ', Enumerable.Repeat("empadronamietno", 50)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_api_answers_every_input_without_error(string query)
    {
        await Host.SearchUntilFoundAsync("padrón");

        var result = await Host.SearchAsync(query);

        Assert.True(result.Total >= 0);
        Assert.True(result.Items.Count <= 10);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task The_results_page_answers_every_input_without_error(string query)
    {
        await Host.SearchUntilFoundAsync("padrón");
        using var client = Host.CreateClient();

        using var response = await client.GetAsync("/buscar?q=" + Uri.EscapeDataString(query) + "&pagina=99999&tipo=%22&tema=(", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Syntax_is_read_as_plain_words()
    {
        await Host.SearchUntilFoundAsync("padrón");

        var result = await Host.SearchAsync("title:\"vado\" AND (garaje");

        Assert.Contains("vado-permanente", result.Items.Take(3).Select(i => i.Slug()));
    }
}
