using System.Net;
using Portal.IntegrationTests.Contents;
using Portal.Testing;

namespace Portal.IntegrationTests.CitizenTypes;

/// <summary>Video tutorials ("video") from the admin form to "/videos/{slug}", hosted or behind the consent button.</summary>
public sealed class VideoTests(CitizenTypesFixture fixture) : PortalTest<CitizenTypesFixture>(fixture), IClassFixture<CitizenTypesFixture>
{
    private const string Type = "video";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publishing_an_incomplete_video_names_each_missing_field_in_Spanish()
    {
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Cómo pedir cita previa", "Pide cita sin esperas."),
            new("Edit.Source", "YouTube"),
            new("Edit.ExternalId", "no es un id"),
        ], "Publicar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var summary = ContentAdmin.Errors(html);
        Assert.Contains("Identificador de YouTube: «no es un id» no es válido.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta «Subtítulos en castellano (WebVTT)»: elija un archivo de la biblioteca.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta «Miniatura»: elija un archivo de la biblioteca.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la audiodescripción: sube una pista de audiodescripción o confirma que la narración describe todo lo que se ve.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la transcripción: es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la duración: es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta el trámite relacionado: es obligatorio para publicar.", summary, StringComparison.Ordinal);
        Assert.Contains("Falta la fecha de grabación de las pantallas: es obligatoria para publicar.", summary, StringComparison.Ordinal);
        Assert.Equal("Falta la duración: es obligatoria para publicar.", ContentAdmin.FieldError(html, "Edit_Duration"));
    }

    [Fact]
    public async Task A_duration_or_chapter_that_is_not_a_time_is_refused_with_its_line()
    {
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
            [new("Edit.Common.Title", "Vídeo de prueba"), new("Edit.Duration", "dos minutos"), new("Edit.Chapters", "0:00 Empezamos\nal final, la firma")], "Guardar borrador");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("Duración: escribe minutos y segundos, como 2:15.", ContentAdmin.FieldError(html, "Edit_Duration"));
        Assert.Equal("Capítulos, línea 2: escribe el momento y el título, como «1:05 Rellena el formulario».", ContentAdmin.FieldError(html, "Edit_Chapters"));
        Assert.Contains("value=\"dos minutos\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_youtube_video_shows_no_player_until_consent_and_describes_itself_as_a_video_object()
    {
        var (tramite, captions, thumbnail) = await MediaAsync("Pedir un vado para la entrada de vehículos");
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Cómo pedir el vado por internet", "Te enseñamos a pedirlo desde casa.", "trafico-y-movilidad"),
            new("Edit.Source", "YouTube"),
            new("Edit.ExternalId", "dQw4w9WgXcQ"),
            new("Edit.Captions", captions),
            new("Edit.NarrationDescribesAll", "true"),
            new("Edit.Thumbnail.AssetId", thumbnail),
            new("Edit.Thumbnail.Alt", "La página de la sede electrónica con el botón Tramitar"),
            new("Edit.Transcript", "Entra en la sede y pulsa **Tramitar**."),
            new("Edit.Duration", "2:40"),
            new("Edit.Chapters", "0:00 Entrar en la sede\n1:05 Rellenar el formulario"),
            new("Edit.RelatedTramite", tramite),
            new("Edit.RecordedInterfaceDate", CitizenTypesSetup.Today()),
        ], "Publicar");
        var itemId = await ContentAdmin.ItemIdFromRedirectAsync(response);

        using var anonymous = Host.CreateBrowserLikeClient();
        using var page = await anonymous.GetAsync("/videos/como-pedir-el-vado-por-internet", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.Contains("data-embed-src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"", html, StringComparison.Ordinal);
        Assert.Contains("data-video-consent-button", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Ver el vídeo en YouTube</a>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<time datetime=\"PT1M5S\">1:05</time> Rellenar el formulario", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("<strong>Tramitar</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/tramites/pedir-un-vado-para-la-entrada-de-vehiculos\">", html, StringComparison.Ordinal);
        Assert.Equal("video.other", CitizenTypesSetup.Meta(html, "og:type"));
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;", csp, StringComparison.Ordinal);

        var json = Assert.Single(CitizenTypesSetup.JsonLd(html), j => (string?)j["@type"] == "WebPage")["mainEntity"]!.AsObject();
        Assert.Equal("VideoObject", (string?)json["@type"]);
        Assert.Equal("PT2M40S", (string?)json["duration"]);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", (string?)json["embedUrl"]);
        Assert.Equal("Entra en la sede y pulsa **Tramitar**.", (string?)json["transcript"]);
        Assert.Equal("text/vtt", (string?)json["caption"]!["encodingFormat"]);
        Assert.Equal(["captions", "transcript", "audioDescription"], json["accessibilityFeature"]!.AsArray().Select(f => (string?)f));
        var clips = json["hasPart"]!.AsArray();
        Assert.Equal(2, clips.Count);
        Assert.Equal(65, (int?)clips[1]!["startOffset"]);
        Assert.Equal(160, (int?)clips[1]!["endOffset"]);
        Assert.NotNull(json["thumbnailUrl"]);
        Assert.NotNull(json["uploadDate"]);

        var editor = await client.GetStringAsync(ContentAdmin.EditPath(itemId), Ct);
        Assert.Contains("El vídeo dura 2:40.", WebUtility.HtmlDecode(editor), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hosted_video_plays_in_a_native_player_with_captions_and_never_autoplays()
    {
        var (tramite, captions, thumbnail) = await MediaAsync("Empadronarse en Villanueva del Río");
        var file = await Host.UploadAsync("cita-previa.mp4", CitizenTypesSetup.Mp4());
        var descriptions = await Host.UploadAsync("cita-previa-ad.vtt", CitizenTypesSetup.Vtt("Se ve la página de cita previa."));
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Cómo pedir cita previa en el ayuntamiento", "Pide cita y evita esperas."),
            new("Edit.Source", "Hosted"),
            new("Edit.File", file.Id),
            new("Edit.Captions", captions),
            new("Edit.Descriptions", descriptions.Id),
            new("Edit.Thumbnail.AssetId", thumbnail),
            new("Edit.Thumbnail.Alt", "El formulario de cita previa"),
            new("Edit.Transcript", "Elige el día y la hora."),
            new("Edit.Duration", "0:15"),
            new("Edit.RelatedTramite", tramite),
            new("Edit.RecordedInterfaceDate", CitizenTypesSetup.Today()),
        ], "Publicar");
        await ContentAdmin.ItemIdFromRedirectAsync(response);

        var (status, html) = await Host.PublicAsync("/videos/como-pedir-cita-previa-en-el-ayuntamiento");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<video controls preload=\"metadata\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("autoplay", html, StringComparison.Ordinal);
        Assert.Matches("<track kind=\"captions\" srclang=\"es\" label=\"Castellano\" src=\"/medios/[^\"]+/original.vtt\" default>", html);
        Assert.Matches("<track kind=\"descriptions\" srclang=\"es\" label=\"Audiodescripción\" src=\"/medios/[^\"]+/original.vtt\">", WebUtility.HtmlDecode(html));
        Assert.Matches("<source src=\"/medios/[^\"]+/original.mp4\" type=\"video/mp4\">", html);
        Assert.Contains("Elige el día y la hora.", html, StringComparison.Ordinal);
        var json = Assert.Single(CitizenTypesSetup.JsonLd(html), j => (string?)j["@type"] == "WebPage")["mainEntity"]!.AsObject();
        Assert.EndsWith("/original.mp4", (string?)json["contentUrl"], StringComparison.Ordinal);
        Assert.Equal("PT15S", (string?)json["duration"]);
    }

    [Fact]
    public async Task The_editor_sets_the_search_title_and_description_and_each_networks_text()
    {
        const string Mastodon = "Mira cómo pedir el certificado de empadronamiento en dos minutos.";
        var (tramite, captions, thumbnail) = await MediaAsync("Pedir el certificado de empadronamiento");
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type,
        [
            .. CitizenTypesSetup.CommonFields("Cómo pedir el certificado de empadronamiento", "Te enseñamos a pedirlo desde casa."),
            new("Edit.Source", "YouTube"),
            new("Edit.ExternalId", "dQw4w9WgXcQ"),
            new("Edit.Captions", captions),
            new("Edit.NarrationDescribesAll", "true"),
            new("Edit.Thumbnail.AssetId", thumbnail),
            new("Edit.Thumbnail.Alt", "La sede electrónica con el botón Pedir certificado"),
            new("Edit.Transcript", "Entra en la sede y pulsa **Pedir certificado**."),
            new("Edit.Duration", "2:00"),
            new("Edit.RelatedTramite", tramite),
            new("Edit.RecordedInterfaceDate", CitizenTypesSetup.Today()),
            .. SeoAndSocialForm.Fields("Vídeo: certificado de empadronamiento", "Pide el certificado de empadronamiento por internet.", Mastodon),
        ], "Publicar");
        var itemId = await ContentAdmin.ItemIdFromRedirectAsync(response);

        await SeoAndSocialForm.AssertHeadAsync(Host, "/videos/como-pedir-el-certificado-de-empadronamiento", "Vídeo: certificado de empadronamiento", "Pide el certificado de empadronamiento por internet.");
        await SeoAndSocialForm.AssertStoredMastodonTextAsync(Host, itemId, Mastodon);
    }

    [Fact]
    public async Task Invalid_seo_and_social_values_are_refused_next_to_their_fields_and_kept_as_typed()
    {
        const string Mastodon = "Texto para Mastodon que no debe perderse.";
        using var client = await Host.SignedInClientAsync();

        using var response = await client.PostNewAsync(Type, [new("Edit.Common.Title", "Vídeo con errores"), .. SeoAndSocialForm.InvalidFields(Mastodon)], "Guardar borrador");

        await SeoAndSocialForm.AssertRefusedAsync(response, Mastodon);
    }


    private async Task<(string Tramite, string Captions, string Thumbnail)> MediaAsync(string tramiteTitle)
    {
        var tramite = await Host.TramiteAsync(tramiteTitle);
        var captions = await Host.UploadAsync($"subtitulos-{Guid.NewGuid():N}.vtt", CitizenTypesSetup.Vtt("Hola."));
        var thumbnail = await Host.UploadAsync($"miniatura-{Guid.NewGuid():N}.svg", CitizenTypesSetup.Svg("Sede"));
        return (tramite, captions.Id, thumbnail.Id);
    }
}
