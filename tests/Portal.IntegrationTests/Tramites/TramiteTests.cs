using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Tramites;

/// <summary>A trámite created through the admin form, its rules, and its public page.</summary>
public sealed partial class TramiteTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private const string NewForm = "/admin/contenidos/nuevo/tramite";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Adding_a_row_without_javascript_keeps_what_was_typed_and_saves_nothing()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(NewForm,
            [new("Edit.Common.Title", "Pedir una copia del plano"), new("Edit.Documents[0].Name", "DNI"), new("Edit.Command", "add:Documents")],
            NewForm + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("value=\"Pedir una copia del plano\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Edit.Documents[0].Name\" type=\"text\" value=\"DNI\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"Edit_Documents_1__Name\" name=\"Edit.Documents[1].Name\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("notice-error", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_an_incomplete_trámite_names_each_missing_field_in_spanish()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(NewForm,
            [.. Basics("Pedir un certificado de obras"), new("Edit.SiaCode", "12AB"), new("Edit.Free", "false"),
             new("Edit.Fees[0].Concept", "Tasa"), new("Edit.Fees[0].Amount", "doce")],
            NewForm + "?handler=Publish");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("href=\"#Edit_Fees_0__Amount\">Escribe el importe en euros, por ejemplo 12,50.", html, StringComparison.Ordinal);

        using var fixedAmount = await admin.PostFormAsync(NewForm,
            [.. Basics("Pedir un certificado de obras"), new("Edit.SiaCode", "12AB"), new("Edit.Free", "true")],
            NewForm + "?handler=Publish");
        var errors = WebUtility.HtmlDecode(await fixedAmount.Content.ReadAsStringAsync(Ct));
        Assert.Contains("href=\"#Edit_SiaCode\">El código SIA no es válido", errors, StringComparison.Ordinal);
        Assert.Contains("href=\"#Edit_Steps\">Añade al menos un paso", errors, StringComparison.Ordinal);
        Assert.Contains("href=\"#Edit_Channels\">Añade al menos un canal", errors, StringComparison.Ordinal);
        Assert.Contains("href=\"#Edit_ResolutionNumber\">Falta el plazo máximo para responder", errors, StringComparison.Ordinal);
        Assert.Contains("href=\"#Edit_Silence\">Elige qué pasa si no hay respuesta en plazo", errors, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"Edit_SiaCode-error\">", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_trámite_shows_its_parts_and_valid_json_ld()
    {
        using var admin = await Host.SignedInClientAsync();

        using var saved = await admin.PostFormAsync(NewForm, Complete("Pedir la tarjeta de la biblioteca"), NewForm + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var client = Host.CreateBrowserLikeClient();
        using var page = await client.GetAsync("/tramites/pedir-la-tarjeta-de-la-biblioteca", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<h1>Pedir la tarjeta de la biblioteca</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Abierto", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://sede.example.es/biblioteca\" draggable=\"false\">", html, StringComparison.Ordinal);
        Assert.Contains("Continuarás en la sede electrónica del ayuntamiento.", html, StringComparison.Ordinal);
        Assert.Contains("Lo consulta el ayuntamiento por ti", html, StringComparison.Ordinal);
        Assert.Contains("Si no te responden en 1 mes, tu solicitud se entiende aprobada.", html, StringComparison.Ordinal);
        Assert.Contains("Necesitas cita previa.", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Trae la foto</h3>", html, StringComparison.Ordinal);
        Assert.Contains("Gratis", html, StringComparison.Ordinal);
        Assert.Contains("Actualizado el", html, StringComparison.Ordinal);
        Assert.Contains("property=\"og:title\"", html, StringComparison.Ordinal);

        var ld = JsonLdBlocks(html).Single(b => b["@type"]?.GetValue<string>() == "WebPage");
        Assert.NotNull(ld["lastReviewed"]);
        Assert.Equal("BreadcrumbList", ld["breadcrumb"]!["@type"]!.GetValue<string>());
        var service = ld["mainEntity"]!;
        Assert.Equal("GovernmentService", service["@type"]!.GetValue<string>());
        Assert.Equal("2690557", service["identifier"]!["value"]!.GetValue<string>());
        Assert.Equal("P1M", service["availableChannel"]![0]!["processingTime"]!.GetValue<string>());
        Assert.Equal("0", service["offers"]!["price"]!.GetValue<string>());

        using var index = await client.GetAsync("/tramites", Ct);
        Assert.Contains("href=\"/tramites/pedir-la-tarjeta-de-la-biblioteca\"", await index.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private static IEnumerable<JsonNode> JsonLdBlocks(string html) =>
        JsonLdPattern().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!);

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();

    private static List<KeyValuePair<string, string>> Basics(string title) =>
    [
        new("Edit.Common.Title", title),
        new("Edit.Common.Summary", "Qué necesitas y cómo hacerlo."),
        new("Edit.Common.Topics", "cultura-y-deportes"),
    ];

    private static List<KeyValuePair<string, string>> Complete(string title) =>
    [
        .. Basics(title),
        new("Edit.SiaCode", "2690557"),
        new("Edit.Purpose", "La tarjeta te deja llevarte libros a casa."),
        new("Edit.Outcome", "Una tarjeta de la biblioteca."),
        new("Edit.WhoCanApply", "Cualquier persona."),
        new("Edit.NoRequirements", "true"),
        new("Edit.Documents[0].Name", "Certificado de empadronamiento"),
        new("Edit.Documents[0].Required", "true"),
        new("Edit.Documents[0].ConsultedForYou", "true"),
        new("Edit.Free", "true"),
        new("Edit.Steps[0].Title", "Trae la foto"),
        new("Edit.Steps[0].Text", "Una foto de carné."),
        new("Edit.Channels[0].Kind", "Online"),
        new("Edit.Channels[0].Url", "https://sede.example.es/biblioteca"),
        new("Edit.Channels[0].IdentificationMethods", "Cl@ve, certificado digital"),
        new("Edit.Channels[1].Kind", "InPerson"),
        new("Edit.Channels[1].Office", "Biblioteca municipal"),
        new("Edit.Channels[1].Address", "Calle Mayor, 2"),
        new("Edit.Channels[1].Hours", "De lunes a viernes, de 10:00 a 20:00."),
        new("Edit.Channels[1].AppointmentRequired", "true"),
        new("Edit.Channels[1].AppointmentPhone", "010"),
        new("Edit.Languages", "es"),
        new("Edit.ResolutionNumber", "1"),
        new("Edit.ResolutionUnit", "Months"),
        new("Edit.Silence", "Approval"),
        new("Edit.Appeals[0].Kind", "Recurso de reposición"),
        new("Edit.Appeals[0].Body", "la Alcaldía"),
        new("Edit.Appeals[0].Deadline", "1 mes"),
        new("Edit.Legislation[0].Rank", "Ley"),
        new("Edit.Legislation[0].Title", "de Bibliotecas"),
        new("Edit.Legislation[0].Url", "https://www.boe.es/eli/es/l/2007/06/22/10"),
        new("Edit.ContactHelp", "Llama al 010."),
    ];
}

/// <summary>The default recipe's trámites: all published and reachable.</summary>
public sealed class DefaultRecipeTramiteTests(DefaultRecipeFixture fixture) : PortalTest<DefaultRecipeFixture>(fixture), IClassFixture<DefaultRecipeFixture>
{
    [Theory]
    [InlineData("empadronamiento", "Empadronarse en Villanueva del Río")]
    [InlineData("volante-empadronamiento", "Pedir el volante o certificado de empadronamiento")]
    [InlineData("vado-permanente", "Pedir un vado para la entrada de vehículos")]
    [InlineData("ayuda-nacimiento", "Pedir la ayuda municipal por nacimiento o adopción")]
    [InlineData("demandante-empleo", "Apuntarse en la bolsa de empleo municipal")]
    [InlineData("obra-menor", "Comunicar una obra menor en tu casa")]
    [InlineData("bonificacion-ibi", "Pedir la bonificación del IBI por familia numerosa")]
    [InlineData("escuela-infantil", "Pedir plaza en la escuela infantil municipal")]
    [InlineData("tarjeta-estacionamiento", "Pedir la tarjeta de aparcamiento para personas con discapacidad")]
    [InlineData("recogida-enseres", "Pedir que recojan muebles y trastos viejos")]
    [InlineData("abrir-negocio", "Abrir un negocio: declaración responsable de actividad")]
    [InlineData("quejas-sugerencias", "Presentar una queja o sugerencia")]
    public async Task Each_sample_tramite_is_published_at_its_address(string slug, string title)
    {
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync("/tramites/" + slug, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<h1>{title}</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }
}
