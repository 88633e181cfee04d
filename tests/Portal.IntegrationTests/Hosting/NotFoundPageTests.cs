using System.Net;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

public sealed class NotFoundPageTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Theory]
    [InlineData("/esta-pagina-no-existe")]
    [InlineData("/tramites/una/ruta/que/no-existe?con=consulta")]
    public async Task An_unknown_path_gets_the_Spanish_404_page(string path)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>No encontramos esta página</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<title>No encontramos esta página · ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
    }
}
