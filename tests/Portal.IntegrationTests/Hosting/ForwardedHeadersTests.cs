using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Behind nginx on the same machine, the site sees the visitor's HTTPS, so it sends HSTS (and Secure cookies).</summary>
public sealed class ForwardedHeadersTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task An_https_request_forwarded_by_a_proxy_on_loopback_gets_HSTS()
    {
        using var response = await GetHomeAsync(forwardedProto: "https");

        Assert.Contains("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_request_gets_no_HSTS()
    {
        using var response = await GetHomeAsync(forwardedProto: null);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    // HSTS is never sent to localhost, so the request names the site as a visitor's browser would.
    private async Task<HttpResponseMessage> GetHomeAsync(string? forwardedProto)
    {
        using var client = Host.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "ayuntamiento.example";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
