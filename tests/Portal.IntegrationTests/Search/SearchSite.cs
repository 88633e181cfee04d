using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.PageType;
using Portal.Core.Content;
using Portal.Search.Api;
using Portal.Testing;

namespace Portal.IntegrationTests.Search;

/// <summary>
/// A site set up from the search test recipe: pages with the slugs, titles and realistic texts of the planned
/// sample trámites, infographics, videos and posts.
/// </summary>
public class SearchFixture : PortalFixture
{
    /// <summary>
    /// The recipe the relevance test runs on. When the sample trámites are in the default recipe, point this at
    /// "recipes/portal.recipe.json" (the queries identify results by slug, so they carry over unchanged).
    /// </summary>
    public static string Recipe { get; } = Path.Combine(AppContext.BaseDirectory, "TestRecipes", "search.recipe.json");

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Setup:Recipe", Recipe);
    }
}

public static class SearchSite
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Asks the search API; waits while a first start is still building the index.</summary>
    public static async Task<SearchApiResponse> SearchAsync(this PortalHost host, string query, string? extra = null)
    {
        using var client = host.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            using var response = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(query)}{extra}", TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var result = (await response.Content.ReadFromJsonAsync<SearchApiResponse>(Json, TestContext.Current.CancellationToken))!;
            if (!result.Indexing || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Waits until the index answers with at least one result for <paramref name="query"/>.</summary>
    public static async Task<SearchApiResponse> SearchUntilFoundAsync(this PortalHost host, string query)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var result = await host.SearchAsync(query);
            if (result.Total > 0 || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The slug of a result: the last segment of its address ("/tramites/vado-permanente" → "vado-permanente").</summary>
    public static string Slug(this SearchApiItem item) => item.Url.TrimEnd('/').Split('/')[^1];

    public static Task<ContentItem> PublishPageAsync(this PortalHost host, string title, string slug, string body, bool publish = true) =>
        host.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<IContentManager>().CreateAsync(
                PageContent.TypeName,
                new PageContent { Title = title, Summary = "Una página de prueba del buscador.", Slug = slug, Body = body },
                PortalHost.AdminUserName,
                publish,
                cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Item!;
        });
}
