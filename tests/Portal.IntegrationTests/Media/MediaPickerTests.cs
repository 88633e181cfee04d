using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.IntegrationTests.Users;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Media.Picker;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>Assets used from content: the picker's data, the checks handlers run, and the uses that block deleting.</summary>
public sealed class MediaPickerTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_picker_lists_only_the_kinds_the_field_accepts_searched_and_paged_in_the_database()
    {
        for (var i = 0; i < 26; i++)
        {
            await UploadAsync($"fachada-{i:00}.png", TestImages.Png(20, 10), "ayuntamiento");
        }

        await UploadAsync("fachada-bases.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "ayuntamiento");
        using var admin = await Host.SignedInClientAsync();

        var first = await GetPageAsync(admin, "/admin/medios/selector?buscar=AYUNTAMIENTO&admitidos=Images");
        var second = await GetPageAsync(admin, "/admin/medios/selector?buscar=ayuntamiento&admitidos=Images&pagina=2");
        var documents = await GetPageAsync(admin, "/admin/medios/selector?buscar=fachada&admitidos=Pdf");

        Assert.Equal((26, 1, 2), (first.Total, first.Page, first.PageCount));
        Assert.Equal(24, first.Items.Count);
        Assert.All(first.Items, item => Assert.Equal("Png", item.Kind));
        Assert.Equal("fachada-25.png", first.Items[0].FileName);
        Assert.Equal("Imagen PNG", first.Items[0].KindLabel);
        Assert.StartsWith($"/medios/{first.Items[0].Id}/", first.Items[0].Preview, StringComparison.Ordinal);
        Assert.Equal(["fachada-01.png", "fachada-00.png"], second.Items.Select(i => i.FileName));
        Assert.Equal(["fachada-bases.pdf"], documents.Items.Select(i => i.FileName));
        Assert.Null(documents.Items[0].Preview);
    }

    [Fact]
    public async Task The_picker_data_needs_a_signed_in_user_with_the_media_permission()
    {
        using var anonymous = Host.CreateBrowserLikeClient();
        using var response = await anonymous.GetAsync("/admin/medios/selector", Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"items\"", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_uploaded_from_the_dialog_comes_back_as_the_chosen_asset_and_a_refused_one_says_why_in_Spanish()
    {
        using var admin = await Host.SignedInClientAsync();
        var token = await admin.AntiforgeryTokenAsync("/admin/medios");

        using var stored = await PostFileAsync(admin, token, "plano-casco.png", TestImages.Png(30, 30));
        using var refused = await PostFileAsync(admin, token, "plano.png", TestImages.PngBomb(20_000, 20_000));
        var item = await stored.Content.ReadFromJsonAsync<MediaPickerItem>(Json, Ct);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json, Ct);

        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal(("plano-casco.png", "Png"), (item!.FileName, item.Kind));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal("No se ha guardado «plano.png»: la imagen mide 20000 × 20000 píxeles y supera el máximo de 50 megapíxeles.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_validator_names_the_field_in_Spanish_for_a_missing_asset_a_wrong_kind_and_missing_alt_text()
    {
        var image = await UploadAsync("plaza-mayor.jpg", TestImages.Jpeg(20, 10));
        var pdf = await UploadAsync("ordenanza.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var images = MediaKindList.Parse("Images");

        var errors = await Host.RunAsync(async (services, ct) =>
        {
            var validator = services.GetRequiredService<MediaReferenceValidator>();
            return new[]
            {
                await validator.ValidateAsync(new MediaReference { AssetId = image.Id, Alt = "Soportales de la plaza" }, "Imagen principal", images, required: true, ct),
                await validator.ValidateAsync(new MediaReference { AssetId = image.Id, Decorative = true }, "Imagen principal", images, required: true, ct),
                await validator.ValidateAsync(new MediaReference { AssetId = image.Id, Alt = "  " }, "Imagen principal", images, required: true, ct),
                await validator.ValidateAsync(new MediaReference { AssetId = pdf.Id, Alt = "Ordenanza" }, "Imagen principal", images, required: true, ct),
                await validator.ValidateAsync(null, "Imagen principal", images, required: true, ct),
                await validator.ValidateAsync(new MediaReference(), "Imagen principal", images, required: false, ct),
                await validator.ValidateAssetAsync("01JNOEXISTE0000000000000000"[..26], "Documento adjunto", MediaKindList.Parse("Pdf"), required: false, ct),
            };
        });

        Assert.Empty(errors[0]);
        Assert.Empty(errors[1]);
        Assert.Equal(["«Imagen principal»: escriba el texto alternativo de la imagen o márquela como decorativa."], errors[2]);
        Assert.Equal(["«Imagen principal»: «ordenanza.pdf» es Documento PDF y aquí solo se admite: Imagen JPEG, Imagen PNG, Imagen WebP, Imagen GIF, Imagen SVG."], errors[3]);
        Assert.Equal(["Falta «Imagen principal»: elija un archivo de la biblioteca."], errors[4]);
        Assert.Empty(errors[5]);
        Assert.Equal(["«Documento adjunto»: no hay ningún archivo con el identificador «01JNOEXISTE000000000000000» en la biblioteca."], errors[6]);
    }

    [Fact]
    public async Task An_asset_used_by_the_latest_or_the_published_version_cannot_be_deleted_and_the_refusal_links_the_item()
    {
        var photo = await UploadAsync("mercado.jpg", TestImages.Jpeg(20, 10));
        var leaflet = await UploadAsync("mercado-horario.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray());
        var itemId = await ContentAsync((content, ct) => content.CreateAsync(IllustratedNote.TypeName,
            new IllustratedNote { Title = "Mercado de abastos", Image = new MediaReference { AssetId = photo.Id, Alt = "Puestos del mercado" } }, "admin", publish: true, cancellationToken: ct));

        // A draft that swaps the photo for the leaflet: the published version still shows the photo.
        await ContentAsync(async (content, ct) =>
        {
            var latest = await content.GetAsync(itemId, VersionOptions.Latest, ct);
            return await content.UpdateAsync(itemId, new IllustratedNote { Title = "Mercado de abastos", Attachment = leaflet.Id }, latest!.ConcurrencyStamp, "admin", cancellationToken: ct);
        });
        var photoWhileDraft = await DeleteAsync(photo.Id);
        var leafletWhileDraft = await DeleteAsync(leaflet.Id);

        await ContentAsync((content, ct) => content.PublishAsync(itemId, "admin", cancellationToken: ct));
        var photoAfterPublish = await DeleteAsync(photo.Id);
        await ContentAsync((content, ct) => content.RemoveAsync(itemId, "admin", ct));
        var leafletAfterRemove = await DeleteAsync(leaflet.Id);

        Assert.Equal("No se puede borrar «mercado.jpg» porque se usa en: Mercado de abastos.", photoWhileDraft.Error);
        Assert.Equal([new MediaUsage("Mercado de abastos", $"/admin/contenidos/{itemId}")], photoWhileDraft.Usages);
        Assert.False(leafletWhileDraft.Succeeded);
        Assert.True(photoAfterPublish.Succeeded, photoAfterPublish.Error);
        Assert.True(leafletAfterRemove.Succeeded, leafletAfterRemove.Error);
    }

    [Fact]
    public async Task An_author_uploads_and_picks_but_cannot_replace_or_delete_what_someone_else_uploaded()
    {
        var userName = "autora-" + Guid.NewGuid().ToString("N")[..8];
        await Host.CreateUserAsync(userName, Core.Security.PortalRoles.Author);
        var others = await UploadAsync("escudo-oficial.png", TestImages.Png(12, 12));
        using var author = await Host.SignedInClientAsync(userName, TestUsers.Password);

        var token = await author.AntiforgeryTokenAsync("/admin/medios");
        using var uploaded = await PostFileAsync(author, token, "cartel-fiestas.png", TestImages.Png(12, 12));
        var own = (await uploaded.Content.ReadFromJsonAsync<MediaPickerItem>(Json, Ct))!;
        var picked = await GetPageAsync(author, "/admin/medios/selector?buscar=escudo-oficial");
        var othersPage = WebUtility.HtmlDecode(await author.GetStringAsync($"/admin/medios/{others.Id}", Ct));
        using var deleteOthers = await author.PostFormAsync($"/admin/medios/{others.Id}", [], $"/admin/medios/{others.Id}?handler=Delete");
        using var deleteOwn = await author.PostFormAsync($"/admin/medios/{own.Id}", [], $"/admin/medios/{own.Id}?handler=Delete");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Equal([others.Id], picked.Items.Select(i => i.Id));
        Assert.Contains("Este archivo lo subió admin: solo esa persona o un editor pueden sustituirlo o borrarlo.", othersPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", othersPage, StringComparison.Ordinal);
        Assert.StartsWith("/admin/acceso-denegado", deleteOthers.RedirectPath(), StringComparison.Ordinal);
        Assert.NotNull(await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().GetAsync(others.Id, ct)));
        Assert.Equal(HttpStatusCode.Redirect, deleteOwn.StatusCode);
        Assert.Null(await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().GetAsync(own.Id, ct)));
    }

    private static async Task<MediaPickerPage> GetPageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MediaPickerPage>(Json, Ct))!;
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string token, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "archivo", fileName);
        form.Add(new StringContent("Images"), "admitidos");
        var request = new HttpRequestMessage(HttpMethod.Post, "/admin/medios/selector") { Content = form };
        request.Headers.Add("RequestVerificationToken", token);
        return client.SendAsync(request, Ct);
    }

    private async Task<MediaAsset> UploadAsync(string fileName, byte[] content, params string[] tags)
    {
        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(
            new MediaUpload(fileName, new MemoryStream(content), "admin") { Tags = tags }, ct));
        Assert.True(result.Succeeded, result.Error);
        return result.Asset!;
    }

    private Task<MediaResult> DeleteAsync(string id) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().DeleteAsync(id, ct));

    private async Task<string> ContentAsync(Func<IContentManager, CancellationToken, Task<ContentResult>> work)
    {
        var result = await Host.RunAsync((services, ct) => work(services.GetRequiredService<IContentManager>(), ct));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Item!.ItemId;
    }
}
