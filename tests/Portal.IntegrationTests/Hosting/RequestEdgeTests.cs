using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Portal.IntegrationTests.Api;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>Requests from monitors, scanners and careless clients: each gets a 4xx or a proper answer, never a 500.</summary>
public sealed class RequestEdgeTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/blog")]
    [InlineData("/feed.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/")]
    public async Task HEAD_answers_like_GET_without_a_body(string path)
    {
        using var client = Host.CreateBrowserLikeClient();
        using var get = await client.GetAsync(path, Ct);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/")]
    public async Task TRACE_is_not_allowed(string path)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, path), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("util=%00")]
    [InlineData("elemento=%00&version=%00&util=si")]
    public async Task A_NUL_byte_in_a_public_form_answers_400(string form)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.PostAsync("/opinion", new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_form_over_the_size_limit_answers_413_with_the_Spanish_page()
    {
        using var client = Host.CreateBrowserLikeClient();
        using var body = new ByteArrayContent(Encoding.ASCII.GetBytes("util=" + new string('a', 31 * 1024 * 1024)));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        using var response = await client.SendAsync(Oversized("/opinion", body), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Lo que has enviado es demasiado grande", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_body_over_the_size_limit_answers_413_Problem_Details()
    {
        using var client = await Host.AdminApiAsync();
        using var body = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"type\":\"" + new string('a', 31 * 1024 * 1024) + "\"}"));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(Oversized("/api/content", body), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    /// <summary>
    /// As browsers and curl send large bodies: the server refuses before the body is sent. Without "Expect:
    /// 100-continue" the server's early answer races the client's writing, which then fails with a broken pipe.
    /// </summary>
    private static HttpRequestMessage Oversized(string path, HttpContent body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.ExpectContinue = true;
        return request;
    }
}
