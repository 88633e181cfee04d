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

    [Fact]
    public async Task An_editor_drafts_checks_previews_and_publishes_a_guide_that_then_appears_everywhere_citizens_look()
    {
        using var admin = await Host.SignedInClientAsync();
        using var draft = await admin.PostFormAsync(NewForm, Complete("Reservar una pista del polideportivo"), NewForm + "?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var editUrl = draft.Headers.Location!.OriginalString.Split('?')[0];

        var editor = await admin.GetStringAsync(editUrl, Ct);
        Assert.Contains("Lenguaje claro", editor, StringComparison.Ordinal);
        Assert.Matches(@"INFLESZ</dt>\s*<dd[^>]*>\s*\d", editor);
        var preview = await admin.GetStringAsync(editUrl + "/vista-previa", Ct);
        Assert.Contains("<h1>Reservar una pista del polideportivo</h1>", preview, StringComparison.Ordinal);
        using var citizen = Host.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync("/tramites/reservar-una-pista-del-polideportivo", Ct)).StatusCode);

        string Hidden(string name) => Regex.Match(editor, $"name=\"{name}\" value=\"([^\"]+)\"").Groups[1].Value;
        using var published = await admin.PostFormAsync(
            editUrl, [.. Complete("Reservar una pista del polideportivo"), new("VersionId", Hidden("VersionId")), new("ConcurrencyStamp", Hidden("ConcurrencyStamp"))], editUrl + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        const string Link = "/tramites/reservar-una-pista-del-polideportivo";
        Assert.Contains($"href=\"{Link}\"", await citizen.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains($"href=\"{Link}\"", await citizen.GetStringAsync("/temas/cultura-y-deportes", Ct), StringComparison.Ordinal);
        Assert.Contains(Link + "</link>", await citizen.GetStringAsync("/tramites/feed.xml", Ct), StringComparison.Ordinal);
        Assert.Contains(Link + "</loc>", await citizen.GetStringAsync("/sitemap.xml", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seo_and_social_errors_show_next_to_their_fields_in_spanish_and_open_the_sections()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync(NewForm,
            [.. Basics("Pedir un permiso de rodaje"), new("Edit.Seo.CanonicalUrl", "sede/otra-pagina"),
             new("Edit.Social.Networks[0].Network", "facebook"), new("Edit.Social.Networks[1].Network", "x"),
             new("Edit.Social.Networks[1].Hashtags", "#Rodajes mal-etiqueta")],
            NewForm + "?handler=Save");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("href=\"#Edit_Seo_CanonicalUrl\">La dirección canónica debe ser una dirección web completa", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Edit_Social_Networks_1__Hashtags\">Redes sociales: la etiqueta «mal-etiqueta»", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\" id=\"Edit_Social_Networks_1__Hashtags-error\">", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"part-details\" id=\"Edit_Seo\" open=\"open\">", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"part-details\" id=\"Edit_Social\" open=\"open\">", html, StringComparison.Ordinal);
        Assert.Contains("value=\"sede/otra-pagina\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seo_fields_fill_the_page_head_and_the_average_time_stands_in_for_a_missing_deadline()
    {
        using var admin = await Host.SignedInClientAsync();
        var fields = Complete("Pedir el carné de la piscina").Where(f => f.Key != "Edit.ResolutionNumber").ToList();
        fields.AddRange(
        [
            new("Edit.AverageResolutionNumber", "15"),
            new("Edit.AverageResolutionUnit", "WorkingDays"),
            new("Edit.EnglishSummary", "Apply for a swimming pool card online or at the pool."),
            new("Edit.Seo.MetaTitle", "Carné de la piscina municipal"),
            new("Edit.Seo.MetaDescription", "Pide el carné de la piscina por internet."),
            new("Edit.Seo.NoIndex", "true"),
            new("Edit.Seo.CanonicalUrl", "https://deportes.example.es/piscina"),
            new("Edit.Social.Networks[0].Network", "facebook"),
            new("Edit.Social.Networks[0].Hashtags", "#Piscina verano"),
        ]);

        using var saved = await admin.PostFormAsync(NewForm, fields, NewForm + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var client = Host.CreateBrowserLikeClient();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/tramites/pedir-el-carne-de-la-piscina", Ct));
        Assert.Contains("<title>Carné de la piscina municipal · ", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Pide el carné de la piscina por internet.\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://deportes.example.es/piscina\">", html, StringComparison.Ordinal);
        Assert.Contains("Normalmente el ayuntamiento responde en 15 días hábiles.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("como máximo para responderte", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Apply for a swimming pool card online or at the pool.", html, StringComparison.Ordinal);

        var editor = WebUtility.HtmlDecode(await admin.GetStringAsync(saved.Headers.Location!.OriginalString, Ct));
        Assert.Contains("value=\"#Piscina #verano\"", editor, StringComparison.Ordinal);
        Assert.Contains("name=\"Edit.AverageResolutionNumber\" type=\"text\" value=\"15\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_without_a_deadline_or_an_average_time_is_refused()
    {
        using var admin = await Host.SignedInClientAsync();
        var fields = Complete("Pedir un duplicado del carné").Where(f => f.Key != "Edit.ResolutionNumber").ToList();

        using var missing = await admin.PostFormAsync(NewForm, fields, NewForm + "?handler=Publish");
        using var zero = await admin.PostFormAsync(NewForm, [.. fields, new("Edit.AverageResolutionNumber", "0")], NewForm + "?handler=Publish");

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("href=\"#Edit_ResolutionNumber\">Falta el plazo máximo para responder (Ley 39/2015, art. 21.4) o, si ninguna norma lo fija, el tiempo medio",
            WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, zero.StatusCode);
        Assert.Contains("href=\"#Edit_AverageResolutionNumber\">El plazo para responder tiene que ser un número entre 1 y 999.",
            WebUtility.HtmlDecode(await zero.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
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
