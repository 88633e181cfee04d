using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// The whole relevance query set on the default recipe's real sample content (trámites, infographics, videos and
/// posts), which is what a new site searches; <see cref="RelevanceTests"/> runs the same set on a small fixed site.
/// </summary>
public sealed class DefaultRecipeRelevanceTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    public const double MinimumMrr = 0.85;

    [Fact]
    public async Task The_query_set_scores_above_the_MRR_threshold()
    {
        var queries = RelevanceTests.Load().Queries;
        Assert.True(queries.Length >= 40);
        await Host.SearchUntilFoundAsync("padrón");

        var (mrr, misses) = await RelevanceTests.MeasureAsync(Host, queries);

        TestContext.Current.TestOutputHelper?.WriteLine($"Default recipe, {queries.Length} queries: MRR@10 = {mrr:F3}; not first: {misses}");
        Assert.True(mrr >= MinimumMrr, $"MRR@10 {mrr:F3} < {MinimumMrr} over {queries.Length} queries. Not first: {misses}");
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
