using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Portal.Web started as its own process with a public address that is not one: one line, exit code 1.</summary>
public sealed class SiteAddressConfigurationTests
{
    [Fact]
    public async Task A_base_url_that_is_not_an_absolute_web_address_stops_the_site_with_one_line()
    {
        var appData = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")[..12]);
        try
        {
            await using var site = PortalProcess.Start(AppContext.BaseDirectory, "Production", new Dictionary<string, string>
            {
                ["Portal:Database:AppDataPath"] = appData,
                ["Portal:Site:BaseUrl"] = "www.villanueva.es",
            });

            var exitCode = await site.WaitForExitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

            Assert.Equal(1, exitCode);
            var line = Assert.Single(site.Output, l => l.Contains("Portal:Site:BaseUrl", StringComparison.Ordinal));
            Assert.Contains("must be an absolute http:// or https:// address", line, StringComparison.Ordinal);
            Assert.DoesNotContain(site.Output, l => l.Contains("   at ", StringComparison.Ordinal));
        }
        finally
        {
            if (Directory.Exists(appData))
            {
                Directory.Delete(appData, recursive: true);
            }
        }
    }
}
