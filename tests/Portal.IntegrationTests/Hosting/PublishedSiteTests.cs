using System.Net;
using System.Text.RegularExpressions;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// The <c>dotnet publish</c> output run as an operator runs it: its own process, in Production, with its own App_Data.
/// The in-process test host switches the static web assets manifest on, which would hide modules' CSS and scripts
/// missing from the publish output's wwwroot; this test does not. build/test.sh publishes once and passes the folder.
/// </summary>
public sealed partial class PublishedSiteTests
{
    public const string PublishedVariable = "PORTAL_TEST_PUBLISHED";

    [Theory]
    [InlineData("/")]
    [InlineData("/admin/acceso")]
    public async Task The_published_site_serves_the_styles_and_scripts_of_a_page_in_Production(string path)
    {
        var folder = Environment.GetEnvironmentVariable(PublishedVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(folder),
            $"{PublishedVariable} is not set: build/test.sh publishes src/Web once and sets it to the publish folder.");
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync();
        await using var site = PortalProcess.Start(folder!, "Production", Settings(database));
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        await site.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);

        using var page = await client.GetAsync(path, cancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var assets = AssetUrls(await page.Content.ReadAsStringAsync(cancellationToken));

        Assert.Contains(assets, a => a.Url.StartsWith("/_content/", StringComparison.Ordinal) && a.MediaType == "text/css");
        foreach (var (url, mediaType) in assets)
        {
            using var response = await client.GetAsync(url, cancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}.");
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(cancellationToken));
        }
    }

    private static Dictionary<string, string> Settings(TestDatabase database)
    {
        var settings = new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = database.Provider,
            ["Portal:Admin:Password"] = PortalHost.AdminPassword,
        };
        if (database.ConnectionString is not null)
        {
            settings["Portal:Database:ConnectionString"] = database.ConnectionString;
        }

        return settings;
    }

    /// <summary>The page's local stylesheets and scripts, each with the content type it must be served with.</summary>
    private static List<(string Url, string MediaType)> AssetUrls(string html) =>
    [
        .. Stylesheet().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["url"].Value), "text/css")),
        .. Script().Matches(html).Select(m => (WebUtility.HtmlDecode(m.Groups["url"].Value), "text/javascript")),
    ];

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<url>/[^/\"][^\"]*)\"")]
    private static partial Regex Stylesheet();

    [GeneratedRegex("<script [^>]*src=\"(?<url>/[^/\"][^\"]*)\"")]
    private static partial Regex Script();
}
