using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Portal.PlainLanguage.Api;
using Portal.Testing;

namespace Portal.IntegrationTests.PlainLanguage;

public sealed class AnalyzeEndpointTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private const string Body = "Rellena el formulario. Después, preséntalo en la sede electrónica. "
        + "La solicitud fue presentada por el interesado. Debes cumplimentar el impreso y abonar la tasa con carácter previo. "
        + "Si tienes dudas, llama al teléfono de atención o escribe un correo a la oficina del ayuntamiento.";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_get_field_and_page_scores_and_warnings_in_Spanish()
    {
        using var admin = await SignedInWithTokenAsync();

        using var response = await admin.PostAsJsonAsync(PlainLanguageController.AnalyzePath,
            new { fields = new { title = "El padrón es gratuito", summary = "Cómo empadronarte.", body = Body } }, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var fields = json.RootElement.GetProperty("fields");
        Assert.Equal(4, fields.GetProperty("title").GetProperty("counts").GetProperty("words").GetInt32());
        Assert.Equal(JsonValueKind.Null, fields.GetProperty("title").GetProperty("scores").ValueKind);
        var body = fields.GetProperty("body");
        Assert.Equal(JsonValueKind.Object, body.GetProperty("scores").GetProperty("inflesz").ValueKind);
        var warnings = body.GetProperty("warnings").EnumerateArray().ToList();
        var passive = Assert.Single(warnings, w => w.GetProperty("code").GetString() == "PassiveVoice");
        Assert.Equal("fue presentada", Body.Substring(passive.GetProperty("start").GetInt32(), passive.GetProperty("length").GetInt32()));
        Assert.Contains("voz pasiva", passive.GetProperty("message").GetString(), StringComparison.Ordinal);
        var jargon = Assert.Single(warnings, w => w.GetProperty("code").GetString() == "Jargon" && w.GetProperty("suggestion").GetString() == "rellenar");
        Assert.Equal("cumplimentar", Body.Substring(jargon.GetProperty("start").GetInt32(), jargon.GetProperty("length").GetInt32()));

        var page = json.RootElement.GetProperty("page");
        Assert.Equal(4 + 2 + body.GetProperty("counts").GetProperty("words").GetInt32(), page.GetProperty("counts").GetProperty("words").GetInt32());
        var inflesz = page.GetProperty("scores").GetProperty("inflesz");
        Assert.InRange(inflesz.GetProperty("display").GetDouble(), 0, 100);
        Assert.False(string.IsNullOrEmpty(inflesz.GetProperty("band").GetString()));
    }

    [Fact]
    public async Task Anonymous_requests_are_refused()
    {
        using var visitor = Host.CreateBrowserLikeClient();

        using var response = await visitor.PostAsJsonAsync(PlainLanguageController.AnalyzePath, new { fields = new { body = "Hola." } }, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Requests_without_the_antiforgery_header_are_refused()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostAsJsonAsync(PlainLanguageController.AnalyzePath, new { fields = new { body = "Hola." } }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Oversized_texts_get_Problem_Details()
    {
        using var admin = await SignedInWithTokenAsync();

        using var response = await admin.PostAsJsonAsync(PlainLanguageController.AnalyzePath,
            new { fields = new { body = new string('a', 150_000), summary = new string('b', 50_001) } }, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("La petición es demasiado grande.", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("200000", problem.RootElement.GetProperty("detail").GetString()!.Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"fields\":{}}")]
    public async Task Missing_fields_get_Spanish_Problem_Details(string json)
    {
        using var admin = await SignedInWithTokenAsync();

        using var response = await admin.PostAsync(PlainLanguageController.AnalyzePath, new StringContent(json, System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Envía al menos un campo de texto", body, StringComparison.Ordinal);
    }

    /// <summary>A signed-in client that sends the antiforgery token in the header, as the editor's script does.</summary>
    private async Task<HttpClient> SignedInWithTokenAsync()
    {
        var admin = await Host.SignedInClientAsync();
        admin.DefaultRequestHeaders.Add("RequestVerificationToken", await admin.AntiforgeryTokenAsync("/admin"));
        return admin;
    }
}
