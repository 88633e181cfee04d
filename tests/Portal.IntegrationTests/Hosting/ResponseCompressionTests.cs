using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

public sealed class ResponseCompressionTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Pages_are_compressed_when_the_client_asks(string encoding)
    {
        using var client = Host.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        await using var compressed = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        await using Stream decompressed = encoding == "br"
            ? new BrotliStream(compressed, CompressionMode.Decompress)
            : new GZipStream(compressed, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed);
        Assert.Contains("<html lang=\"es\">", await reader.ReadToEndAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_sent_plain_when_the_client_does_not_ask()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<html lang=\"es\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
