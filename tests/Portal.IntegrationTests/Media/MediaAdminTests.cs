using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Library;
using Portal.Media.Theming;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>The library pages over HTTP, as an editor uses them without JavaScript.</summary>
public sealed class MediaAdminTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_upload_of_several_files_stores_the_good_ones_and_names_each_refused_file_in_Spanish()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await UploadAsync(admin, "salud, 2026", ("centro-salud.png", TestImages.Png(30, 20)), ("subtitulos-malos.vtt", "WEBVTT\n\n00:00.000 -> 00:01.000\nHola\n"u8.ToArray()));
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/medios?buscar=salud", Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No se ha guardado «subtitulos-malos.vtt»: en la línea 3, la línea de tiempos no tiene el formato", page, StringComparison.Ordinal);
        Assert.Contains("Sí se han guardado: centro-salud.png.", page, StringComparison.Ordinal);
        Assert.Contains("centro-salud.png", list, StringComparison.Ordinal);
        Assert.DoesNotContain("subtitulos-malos.vtt", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_searched_by_tag_and_filtered_by_type_on_the_server()
    {
        using var admin = await Host.SignedInClientAsync();
        using var uploaded = await UploadAsync(admin, "piscinas", ("horario.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray()), ("piscina-cubierta.png", TestImages.Png(10, 10)));

        var byTag = await admin.GetStringAsync("/admin/medios?buscar=PISCINAS", Ct);
        var documents = await admin.GetStringAsync("/admin/medios?buscar=piscinas&tipo=documentos", Ct);

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("horario.pdf", byTag, StringComparison.Ordinal);
        Assert.Contains("piscina-cubierta.png", byTag, StringComparison.Ordinal);
        Assert.Contains("horario.pdf", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("piscina-cubierta.png", documents, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_is_paged_on_the_server()
    {
        for (var i = 0; i < 25; i++)
        {
            await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(
                new MediaUpload($"acta-{i:00}.pdf", new MemoryStream(Encoding.ASCII.GetBytes($"%PDF-1.4\n% acta {i}\n%%EOF\n")), "admin") { Tags = ["actas-pleno"] }, ct));
        }

        using var admin = await Host.SignedInClientAsync();
        var first = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/medios?buscar=actas-pleno", Ct));
        var second = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin/medios?buscar=actas-pleno&pagina=2", Ct));

        Assert.Contains("Mostrando 1–24 de 25 archivos", first, StringComparison.Ordinal);
        Assert.Contains("acta-24.pdf", first, StringComparison.Ordinal);
        Assert.Contains("Mostrando 25–25 de 25 archivos", second, StringComparison.Ordinal);
        Assert.Contains("acta-00.pdf", second, StringComparison.Ordinal);
        Assert.DoesNotContain("acta-24.pdf", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_from_the_detail_page_is_refused_while_used_and_lists_where()
    {
        var asset = await UploadDirectAsync("escudo-municipal.png", TestImages.Png(16, 16));
        Fixture.Usages.ByAsset[asset.Id] = [new("Página «Sede electrónica»", "/admin/contenidos/abc")];
        using var admin = await Host.SignedInClientAsync();

        using var refused = await admin.PostFormAsync($"/admin/medios/{asset.Id}", [], $"/admin/medios/{asset.Id}?handler=Delete");
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("No se puede borrar «escudo-municipal.png» porque se usa en: Página «Sede electrónica».", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/contenidos/abc\">Página «Sede electrónica»</a>", page, StringComparison.Ordinal);

        Fixture.Usages.ByAsset.TryRemove(asset.Id, out _);
        using var deleted = await admin.PostFormAsync($"/admin/medios/{asset.Id}", [], $"/admin/medios/{asset.Id}?handler=Delete");
        using var gone = await admin.GetAsync($"/admin/medios/{asset.Id}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Replacing_from_the_detail_page_keeps_the_address_and_a_refused_file_changes_nothing()
    {
        var asset = await UploadDirectAsync("cartel-fiestas.png", TestImages.Png(40, 40));
        using var admin = await Host.SignedInClientAsync();
        var token = await admin.AntiforgeryTokenAsync($"/admin/medios/{asset.Id}");

        using var refused = await PostFileAsync(admin, $"/admin/medios/{asset.Id}?handler=Replace", token, "archivo", ("cartel.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>"u8.ToArray()));
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        using var replaced = await PostFileAsync(admin, $"/admin/medios/{asset.Id}?handler=Replace", token, "archivo", ("cartel-2026.jpg", TestImages.Jpeg(80, 60)));
        var detail = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/medios/{asset.Id}", Ct));

        Assert.Contains("No se ha guardado «cartel.svg»: no es un SVG válido", refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Contains("<h1>cartel-2026.jpg</h1>", detail, StringComparison.Ordinal);
        Assert.Contains("80 × 60 px", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Descriptions_are_saved_and_a_too_long_one_is_refused_in_Spanish_keeping_what_was_typed()
    {
        var asset = await UploadDirectAsync("oficina.png", TestImages.Png(20, 20));
        using var admin = await Host.SignedInClientAsync();
        var path = $"/admin/medios/{asset.Id}";
        var tooLong = new string('a', 501);

        using var refused = await admin.PostFormAsync(path, [new("Input.AltText", "Mostrador"), new("Input.Credit", tooLong), new("Input.Licence", ""), new("Input.Tags", "")], path + "?handler=Save");
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        using var saved = await admin.PostFormAsync(path, [new("Input.AltText", "Mostrador de la oficina de empleo"), new("Input.Credit", "Concello"), new("Input.Licence", "CC BY 4.0"), new("Input.Tags", "empleo, oficinas")], path + "?handler=Save");
        var detail = WebUtility.HtmlDecode(await admin.GetStringAsync(path, Ct));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Este campo admite como máximo 500 caracteres.", refusedPage, StringComparison.Ordinal);
        Assert.Contains(tooLong, refusedPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Mostrador de la oficina de empleo</textarea>", detail, StringComparison.Ordinal);
        Assert.Contains("value=\"empleo, oficinas\"", detail, StringComparison.Ordinal);
        Assert.Contains("alt=\"Mostrador de la oficina de empleo\"", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_picture_tag_helper_offers_WebP_and_the_original_format_and_requires_alt_text()
    {
        var asset = await UploadDirectAsync("plaza-mayor.jpg", TestImages.Jpeg(1000, 600));
        var urls = Host.Services.GetRequiredService<MediaUrls>();

        var html = Render(new MediaPictureTagHelper(urls) { Asset = asset, Alt = "La plaza mayor en fiestas", Sizes = "50vw" });
        var decorative = Render(new MediaPictureTagHelper(urls) { Asset = asset, Decorative = true });
        var missing = Assert.Throws<InvalidOperationException>(() => Render(new MediaPictureTagHelper(urls) { Asset = asset, Alt = " " }));

        var version = MediaUrls.Version(asset);
        Assert.StartsWith($"<picture><source type=\"image/webp\" srcset=\"/medios/{asset.Id}/{version}/320.webp 320w, /medios/{asset.Id}/{version}/640.webp 640w, /medios/{asset.Id}/{version}/960.webp 960w\" sizes=\"50vw\">", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"/medios/{asset.Id}/{version}/960.jpg\" srcset=\"/medios/{asset.Id}/{version}/320.jpg 320w", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"La plaza mayor en fiestas\" width=\"1000\" height=\"600\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"\"", decorative, StringComparison.Ordinal);
        Assert.Contains("alt text", missing.Message, StringComparison.Ordinal);
    }

    private static string Render(MediaPictureTagHelper helper)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "t");
        var output = new TagHelperOutput("media-picture", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }

    private async Task<MediaAsset> UploadDirectAsync(string fileName, byte[] content)
    {
        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(new MediaUpload(fileName, new MemoryStream(content), "admin"), ct));
        Assert.True(result.Succeeded, result.Error);
        return result.Asset!;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string tags, params (string Name, byte[] Content)[] files)
    {
        var token = await client.AntiforgeryTokenAsync("/admin/medios");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(tags), "etiquetas" },
        };
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "archivos", name);
        }

        return await client.PostAsync("/admin/medios", form, Ct);
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string action, string token, string field, (string Name, byte[] Content) file)
    {
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var part = new ByteArrayContent(file.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, field, file.Name);
        return await client.PostAsync(action, form, Ct);
    }
}
