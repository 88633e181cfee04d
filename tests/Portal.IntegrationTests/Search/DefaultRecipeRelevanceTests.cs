using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The relevance queries whose answer is one of the twelve sample trámites, on the default recipe's real trámite
/// guides (the recipe does not hold the sample infographics, videos and posts yet).
/// </summary>
public sealed class DefaultRecipeRelevanceTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    public const double MinimumMrr = 0.8;

    private static readonly HashSet<string> Tramites =
    [
        "empadronamiento", "volante-empadronamiento", "vado-permanente", "ayuda-nacimiento", "demandante-empleo", "obra-menor",
        "bonificacion-ibi", "escuela-infantil", "tarjeta-estacionamiento", "recogida-enseres", "abrir-negocio", "quejas-sugerencias",
    ];

    [Fact]
    public async Task The_tramite_queries_score_above_the_MRR_threshold()
    {
        var queries = RelevanceTests.Load().Queries.Where(q => q.Expected.Any(Tramites.Contains)).ToList();
        Assert.True(queries.Count >= 35);
        await Host.SearchUntilFoundAsync("padrón");

        var (mrr, misses) = await RelevanceTests.MeasureAsync(Host, queries);

        TestContext.Current.TestOutputHelper?.WriteLine($"Default recipe, {queries.Count} queries: MRR@10 = {mrr:F3}; not first: {misses}");
        Assert.True(mrr >= MinimumMrr, $"MRR@10 {mrr:F3} < {MinimumMrr} over {queries.Count} queries. Not first: {misses}");
    }

    [Theory]
    [InlineData("me han echado del curro", "demandante-empleo")]
    [InlineData("certificado de convivensia", "volante-empadronamiento")]
    [InlineData("cheque bebe", "ayuda-nacimiento")]
    [InlineData("quiero un vado para el garaje", "vado-permanente")]
    public async Task Everyday_phrasings_find_the_right_tramite_in_the_top_three(string query, string slug)
    {
        await Host.SearchUntilFoundAsync("padrón");

        var result = await Host.SearchAsync(query);

        Assert.Contains(slug, result.Items.Take(3).Select(i => i.Slug()));
        Assert.All(result.Items.Where(i => i.Slug() == slug), i => Assert.StartsWith("/tramites/", i.Url, StringComparison.Ordinal));
    }
}
