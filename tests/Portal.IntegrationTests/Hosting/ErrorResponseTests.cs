using System.Net;
using System.Text.Json;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

public sealed class ErrorResponseTests(FailingEndpointsFixture fixture) : PortalTest<FailingEndpointsFixture>(fixture), IClassFixture<FailingEndpointsFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_api_path_answers_404_Problem_Details()
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/api/no-existe", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("No existe lo que buscas.", problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_api_exception_answers_500_Problem_Details_without_internals()
    {
        ExpectServerFailure();
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(FailingController.ApiPath, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(500, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Se ha producido un error en el servidor.", problem.RootElement.GetProperty("title").GetString());
        AssertNoInternals(body);
    }

    [Fact]
    public async Task A_page_exception_shows_the_Spanish_error_page_without_internals()
    {
        ExpectServerFailure();
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(FailingController.PagePath, Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Lo sentimos, algo ha fallado", html, StringComparison.Ordinal);
        AssertNoInternals(html);
    }

    private void ExpectServerFailure() =>
        ExpectLog(r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error && r.Exception is InvalidOperationException e && e.Message.Contains(FailingController.Secret, StringComparison.Ordinal));

    private static void AssertNoInternals(string body)
    {
        Assert.DoesNotContain(FailingController.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), body, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingController), body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Portal.", body, StringComparison.Ordinal);
    }
}
