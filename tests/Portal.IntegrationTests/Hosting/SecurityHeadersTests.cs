using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

public sealed class SecurityHeadersTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/admin/acceso", HttpStatusCode.OK)]
    [InlineData("/esta-pagina-no-existe", HttpStatusCode.NotFound)]
    public async Task Html_pages_forbid_framing_and_sniffing(string path, HttpStatusCode status)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }
}
