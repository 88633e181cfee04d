using System.Net;
using Portal.Core.Settings;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// The home page uses the public-page output cache. The output cache answers from its store with an Age header,
/// which a freshly rendered page never has: that is how these tests tell a cached page from a rendered one.
/// </summary>
public sealed class OutputCacheTests(CitizenContentFixture fixture) : PortalTest<CitizenContentFixture>(fixture), IClassFixture<CitizenContentFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_repeat_visit_to_the_home_page_is_served_from_the_cache()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var first = await client.GetAsync("/", Ct);
        using var second = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(second.Headers.Age.HasValue, "The second anonymous request of / was rendered again instead of served from the output cache.");
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await second.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Publishing_content_evicts_the_cached_home_page()
    {
        using var client = Host.CreateBrowserLikeClient();
        await WarmCacheAsync(client);

        await Host.PublishCitizenItemAsync("entrada", "Nuevo horario de la biblioteca municipal");
        using var afterPublish = await client.GetAsync("/", Ct);

        Assert.Null(afterPublish.Headers.Age);
        var html = await afterPublish.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Nuevo horario de la biblioteca municipal", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/blog/nuevo-horario-de-la-biblioteca-municipal\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_the_site_settings_evicts_the_cached_home_page()
    {
        using var client = Host.CreateBrowserLikeClient();
        await WarmCacheAsync(client);

        await Host.SaveSettingsAsync(new SiteOptions { SiteName = "Sede electrónica renovada" });
        using var afterSave = await client.GetAsync("/", Ct);

        Assert.Null(afterSave.Headers.Age);
        Assert.Contains("<a class=\"site-name\" href=\"/\">Sede electrónica renovada</a>", await afterSave.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_administrator_never_gets_a_cached_page_nor_fills_the_cache()
    {
        using var anonymous = Host.CreateBrowserLikeClient();
        await WarmCacheAsync(anonymous);
        using var admin = await Host.SignedInClientAsync();

        using var adminFirst = await admin.GetAsync("/", Ct);
        using var adminSecond = await admin.GetAsync("/", Ct);
        using var anonymousAfter = await anonymous.GetAsync("/", Ct);

        Assert.Null(adminFirst.Headers.Age);
        Assert.Null(adminSecond.Headers.Age);
        Assert.Contains("Ir a la administración", await adminSecond.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Ir a la administración", await anonymousAfter.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static async Task WarmCacheAsync(HttpClient client)
    {
        using var first = await client.GetAsync("/", Ct);
        using var second = await client.GetAsync("/", Ct);
        Assert.True(second.Headers.Age.HasValue, "The home page did not reach the output cache.");
    }
}
