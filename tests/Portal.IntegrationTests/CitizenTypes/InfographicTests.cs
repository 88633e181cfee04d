using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Parts;
using Portal.Core.Content;
using Portal.Infographics.Data;
using Portal.Infographics.Items;
using Portal.IntegrationTests.Contents;
using Portal.Media.Picker;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>Infographics ("infografia") from the admin form to "/infografias/{slug}".</summary>
public sealed class InfographicTests(CitizenTypesFixture fixture) : PortalTest<CitizenTypesFixture>(fixture), IClassFixture<CitizenTypesFixture>
{
    private const string Type = "infografia";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_editor_sets_the_search_title_and_description_and_each_networks_text()
    {
        const string Mastodon = "Así se reparte el agua que consume el municipio.";
        var tramite = await Host.TramiteAsync("Darse de alta en el servicio de agua");
        var image = await Host.UploadAsync("agua.svg", CitizenTypesSetup.Svg("Agua"));
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Cuánta agua gasta el municipio", "El consumo de agua por barrios."),
            new("Edit.Image.AssetId", image.Id),
            new("Edit.Image.Alt", "Mapa de barrios coloreado según el agua que gasta cada uno"),
            new("Edit.TextVersion", "El barrio que más agua gasta es el centro."),
            new("Edit.RelatedTramite", tramite),
            new("Edit.Credits", "Ayuntamiento de Villanueva del Río"),
            .. SeoAndSocialForm.Fields("Consumo de agua por barrios", "Qué barrios gastan más agua y por qué.", Mastodon),
        ], "Publicar");
        var itemId = await ContentAdmin.ItemIdFromRedirectAsync(response);

        await SeoAndSocialForm.AssertHeadAsync(Host, "/infografias/cuanta-agua-gasta-el-municipio", "Consumo de agua por barrios", "Qué barrios gastan más agua y por qué.");
        await SeoAndSocialForm.AssertStoredMastodonTextAsync(Host, itemId, Mastodon);
    }

    [Fact]
    public async Task Invalid_seo_and_social_values_are_refused_next_to_their_fields_and_kept_as_typed()
    {
        const string Mastodon = "Texto para Mastodon que no debe perderse.";
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type, [new("Edit.Common.Title", "Infografía con errores"), .. SeoAndSocialForm.InvalidFields(Mastodon)], "Guardar borrador");

        await SeoAndSocialForm.AssertRefusedAsync(response, Mastodon);
    }


    [Fact]
    public async Task Publishing_an_incomplete_infographic_names_each_missing_field_in_Spanish()
    {
        var image = await Host.UploadAsync("pasos.svg", CitizenTypesSetup.Svg("Pasos"));
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Empadronarse en cuatro pasos", "Los pasos para empadronarte."),
            new("Edit.Image.AssetId", image.Id),
            new("Edit.Image.Alt", "Infografía de los pasos"),
            new("Edit.ShowsFigures", "true"),
        ], "Publicar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var summary = ContentAdmin.Errors(html);
        Assert.Contains("Imagen de la infografía: el texto alternativo debe decir qué muestra, sin empezar por «infografía de» o «imagen de».", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la versión en texto: es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Faltan los datos de origen: la imagen muestra cifras, así que la tabla es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta el trámite relacionado: es obligatorio para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la autoría: es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Equal("Falta la versión en texto: es obligatoria para publicar.", ContentAdmin.FieldError(html, "Edit_TextVersion"));
    }

    [Fact]
    public async Task A_source_table_that_does_not_read_as_csv_is_refused_with_its_line_and_kept_as_typed()
    {
        using var client = await Host.SignedInClientAsync();
        const string Csv = "Área;Euros\nServicios sociales;1200000\nCultura";

        using var response = await client.PostNewAsync(Type, [new("Edit.Common.Title", "Presupuesto"), new("Edit.SourceData", Csv)], "Guardar borrador");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("Datos de origen, línea 3: tiene 1 columnas y la cabecera tiene 2.", ContentAdmin.FieldError(html, "Edit_SourceData"));
        Assert.Contains("Servicios sociales;1200000\nCultura</textarea>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_infographic_shows_its_image_text_version_data_table_and_image_object()
    {
        var tramite = await Host.TramiteAsync("Empadronarse en Villanueva del Río");
        var image = await Host.UploadAsync("presupuesto.svg", CitizenTypesSetup.Svg("Presupuesto 2026"));
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("En qué se gasta el presupuesto de 2026", "Cómo se reparte el dinero del ayuntamiento.", "impuestos-y-tasas"),
            new("Edit.Image.AssetId", image.Id),
            new("Edit.Image.Alt", "Gráfico de barras: servicios sociales y limpieza se llevan la mitad del presupuesto"),
            new("Edit.TextVersion", "El ayuntamiento gasta **12 millones** de euros."),
            new("Edit.ShowsFigures", "true"),
            new("Edit.SourceDataCaption", "Gasto por área en 2026, en euros"),
            new("Edit.SourceData", "Área;Euros\nServicios sociales;3.100.000\n\"Limpieza; basuras\";2.900.000"),
            new("Edit.RelatedTramite", tramite),
            new("Edit.Credits", "Ayuntamiento de Villanueva del Río"),
            new("Edit.Licence", "CC BY 4.0"),
        ], "Publicar");
        await ContentAdmin.ItemIdFromRedirectAsync(response);

        var (status, html) = await Host.PublicAsync("/infografias/en-que-se-gasta-el-presupuesto-de-2026");
        var text = WebUtility.HtmlDecode(html);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("aria-describedby=\"texto-infografia\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"texto-infografia\"", html, StringComparison.Ordinal);
        Assert.Contains("<strong>12 millones</strong>", text, StringComparison.Ordinal);
        Assert.Contains("<caption id=\"datos-infografia-caption\">Gasto por área en 2026, en euros</caption>", text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Euros</th>", text, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Limpieza; basuras</th>", text, StringComparison.Ordinal);
        Assert.Contains("<td>2.900.000</td>", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://creativecommons.org/licenses/by/4.0/deed.es\" rel=\"license\">CC BY 4.0</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tramites/empadronarse-en-villanueva-del-rio\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ya no vigente", html, StringComparison.Ordinal);
        Assert.Equal("article", CitizenTypesSetup.Meta(html, "og:type"));
        // Networks do not show SVG: the page shares the rasterised social card.
        var ogImage = CitizenTypesSetup.Meta(html, "og:image");
        Assert.EndsWith("/social.jpg", ogImage, StringComparison.Ordinal);
        using var card = await client.GetAsync(new Uri(ogImage!).PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, card.StatusCode);
        Assert.Equal("image/jpeg", card.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, (await card.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken))[..3]);

        var page = Assert.Single(CitizenTypesSetup.JsonLd(html), j => (string?)j["@type"] == "WebPage");
        var json = page["mainEntity"]!.AsObject();
        Assert.Equal("ImageObject", (string?)json["@type"]);
        Assert.EndsWith("/original.svg", (string?)json["contentUrl"], StringComparison.Ordinal);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.es", (string?)json["license"]);
        Assert.Equal("Ayuntamiento de Villanueva del Río", (string?)json["creditText"]);
        Assert.Equal(1200, (int?)json["width"]);
        Assert.Equal(["longDescription", "alternativeText"], json["accessibilityFeature"]!.AsArray().Select(f => (string?)f));
    }

    [Fact]
    public async Task An_infographic_past_its_validity_says_it_is_no_longer_current()
    {
        var tramite = await Host.TramiteAsync("Pedir el volante de empadronamiento");
        var image = await Host.UploadAsync("tasas.svg", CitizenTypesSetup.Svg("Tasas 2024"));
        await Host.RunAsync(async (s, ct) =>
        {
            var info = new Infographic
            {
                Common = new CommonPart { Title = "Las tasas de 2024", Summary = "Lo que costaba cada trámite.", Topics = ["impuestos-y-tasas"] },
                Image = new MediaReference { AssetId = image.Id, Alt = "Tabla de precios de los trámites en 2024" },
                TextVersion = "El volante era gratis.",
                SourceData = new SourceTable { Columns = ["Trámite", "Precio"], Rows = [["Volante", "0 €"]] },
                ShowsFigures = true,
                RelatedTramite = tramite,
                Credits = "Ayuntamiento",
                ValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
            };
            var result = await s.GetRequiredService<IContentManager>().CreateAsync(Infographic.TypeName, info, PortalHost.AdminUserName, publish: true, cancellationToken: ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Field}: {e.Message}")));
        });

        var (status, html) = await Host.PublicAsync("/infografias/las-tasas-de-2024");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<strong>Ya no vigente.</strong>", html, StringComparison.Ordinal);
    }
}
