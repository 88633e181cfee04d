using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Media.Storage;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>The library service on a real site: what is stored, what is refused, and that a refusal stores nothing.</summary>
public sealed class MediaLibraryTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private const string InvalidVtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nPulsa «Pedir cita».\n\n00:02.000 -> 00:04.000\nElige el día.\n";

    [Fact]
    public async Task A_PNG_named_jpg_is_stored_as_a_PNG()
    {
        var png = TestImages.Png(40, 30);

        var result = await UploadAsync("foto.jpg", png);

        Assert.True(result.Succeeded, result.Error);
        var asset = await FindAsync(result.Asset!.Id);
        Assert.Equal(MediaKind.Png, asset.Kind);
        Assert.Equal("image/png", asset.ContentType);
        Assert.Equal("foto.jpg", asset.FileName);
        Assert.Equal((40, 30), (asset.Width, asset.Height));
        Assert.EndsWith(".png", asset.StorageKey, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(png)), asset.Hash);
        Assert.Equal(png, await ReadStoredAsync(asset.StorageKey));
    }

    [Fact]
    public async Task An_SVG_with_a_script_and_onload_is_stored_sanitized()
    {
        var svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>""";

        var result = await UploadAsync("grafico.svg", Encoding.UTF8.GetBytes(svg));

        Assert.True(result.Succeeded, result.Error);
        var stored = Encoding.UTF8.GetString(await ReadStoredAsync(result.Asset!.StorageKey));
        Assert.Equal(MediaKind.Svg, result.Asset.Kind);
        Assert.DoesNotContain("script", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<rect", stored, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(stored), result.Asset.Length);
        Assert.Equal((10, 10), (result.Asset.Width, result.Asset.Height));
    }

    [Fact]
    public async Task An_invalid_WebVTT_file_is_refused_with_its_line_and_nothing_is_stored()
    {
        var before = Fixture.StoredFiles();

        var result = await UploadAsync("subtitulos.vtt", Encoding.UTF8.GetBytes(InvalidVtt));

        Assert.Equal("No se ha guardado «subtitulos.vtt»: en la línea 6, la línea de tiempos no tiene el formato «00:00:01.000 --> 00:00:04.000».", result.Error);
        Assert.Equal(before, Fixture.StoredFiles());
        Assert.False(await AnyAssetNamedAsync("subtitulos.vtt"));
    }

    [Fact]
    public async Task A_valid_WebVTT_file_is_stored_as_captions()
    {
        var result = await UploadAsync("subtitulos-bien.txt", Encoding.UTF8.GetBytes("WEBVTT\n\n00:00.000 --> 00:02.000\nPulsa «Pedir cita».\n"));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("text/vtt", MediaKind.WebVtt), (result.Asset!.ContentType, result.Asset.Kind));
    }

    [Fact]
    public async Task A_decompression_bomb_is_refused_from_its_header_and_nothing_is_stored()
    {
        var bomb = TestImages.PngBomb(20_000, 20_000);
        var before = Fixture.StoredFiles();

        var result = await UploadAsync("plano.png", bomb);

        Assert.Equal("No se ha guardado «plano.png»: la imagen mide 20000 × 20000 píxeles y supera el máximo de 50 megapíxeles.", result.Error);
        Assert.Equal(before, Fixture.StoredFiles());
        Assert.False(await AnyAssetNamedAsync("plano.png"));
    }

    [Fact]
    public async Task When_the_row_cannot_be_written_the_stored_file_is_removed_again()
    {
        var before = Fixture.StoredFiles();

        await Assert.ThrowsAsync<DbUpdateException>(() => UploadAsync(FailingMediaInsert.FileName, TestImages.Png(10, 10)));

        Assert.Equal(before, Fixture.StoredFiles());
        Assert.False(await AnyAssetNamedAsync(FailingMediaInsert.FileName));
    }

    [Fact]
    public async Task Content_of_a_type_that_is_not_allowed_is_refused_whatever_its_name()
    {
        var before = Fixture.StoredFiles();

        var result = await UploadAsync("informe.pdf", [.. "MZ"u8, 0x90, 0, .. "This program cannot be run in DOS mode"u8]);

        Assert.Equal("No se ha guardado «informe.pdf»: su contenido no es de ningún tipo permitido (JPEG, PNG, WebP, GIF, SVG, PDF, MP4, WebM o WebVTT).", result.Error);
        Assert.Equal(before, Fixture.StoredFiles());
    }

    [Fact]
    public async Task Replacing_a_file_keeps_the_id_and_removes_the_old_file()
    {
        var first = await UploadAsync("cartel.png", TestImages.Png(20, 20));
        var oldKey = first.Asset!.StorageKey;

        var replaced = await Host.RunAsync((services, ct) =>
            services.GetRequiredService<IMediaLibrary>().ReplaceAsync(first.Asset.Id, "cartel-2026.jpg", new MemoryStream(TestImages.Jpeg(64, 48)), "admin", ct));

        Assert.True(replaced.Succeeded, replaced.Error);
        var asset = await FindAsync(first.Asset.Id);
        Assert.Equal((MediaKind.Jpeg, "cartel-2026.jpg", 64, 48), (asset.Kind, asset.FileName, asset.Width, asset.Height));
        Assert.NotEqual(oldKey, asset.StorageKey);
        Assert.False(await ExistsAsync(oldKey));
        Assert.True(await ExistsAsync(asset.StorageKey));
    }

    [Fact]
    public async Task An_image_cannot_be_replaced_by_a_video_or_subtitles()
    {
        var first = await UploadAsync("logo.png", TestImages.Png(10, 10));

        var replaced = await Host.RunAsync((services, ct) =>
            services.GetRequiredService<IMediaLibrary>().ReplaceAsync(first.Asset!.Id, "logo.vtt", new MemoryStream("WEBVTT\n"u8.ToArray()), "admin", ct));

        Assert.StartsWith("No se ha guardado «logo.vtt»: solo se puede sustituir", replaced.Error, StringComparison.Ordinal);
        Assert.Equal(MediaKind.Png, (await FindAsync(first.Asset!.Id)).Kind);
    }

    [Fact]
    public async Task Deleting_is_refused_while_content_uses_the_asset_and_says_where()
    {
        var upload = await UploadAsync("escudo.png", TestImages.Png(12, 12));
        var id = upload.Asset!.Id;
        Fixture.Usages.ByAsset[id] = [new("Página «Empadronamiento»", "/admin/contenidos/1"), new("Página «Tasas»")];

        var refused = await DeleteAsync(id);

        Assert.Equal("No se puede borrar «escudo.png» porque se usa en: Página «Empadronamiento»; Página «Tasas».", refused.Error);
        Assert.Equal(2, refused.Usages.Count);
        Assert.True(await ExistsAsync(upload.Asset.StorageKey));

        Fixture.Usages.ByAsset.TryRemove(id, out _);
        var deleted = await DeleteAsync(id);

        Assert.True(deleted.Succeeded, deleted.Error);
        Assert.False(await AnyAssetNamedAsync("escudo.png"));
        Assert.False(await ExistsAsync(upload.Asset.StorageKey));
    }

    [Fact]
    public async Task Tags_and_descriptions_are_saved_with_the_asset()
    {
        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(
            new MediaUpload("mapa.png", new MemoryStream(TestImages.Png(8, 8)), "admin")
            {
                AltText = "Mapa de las oficinas de atención",
                Credit = "Concello",
                Licence = "CC BY 4.0",
                Tags = ["oficinas", " Oficinas ", "mapas"],
            },
            ct));

        var asset = await FindAsync(result.Asset!.Id);
        Assert.Equal(("Mapa de las oficinas de atención", "Concello", "CC BY 4.0"), (asset.AltText, asset.Credit, asset.Licence));
        Assert.Equal(["mapas", "oficinas"], asset.Tags.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    private Task<MediaResult> UploadAsync(string fileName, byte[] content) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(new MediaUpload(fileName, new MemoryStream(content), "admin"), ct));

    private Task<MediaResult> DeleteAsync(string id) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().DeleteAsync(id, ct));

    private Task<MediaAsset> FindAsync(string id) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MediaAsset>().Include(a => a.Tags).AsNoTracking().SingleAsync(a => a.Id == id, ct));

    private Task<bool> AnyAssetNamedAsync(string fileName) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MediaAsset>().AnyAsync(a => a.FileName == fileName, ct));

    private Task<bool> ExistsAsync(string key) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IMediaStorage>().ExistsAsync(key, ct));

    private Task<byte[]> ReadStoredAsync(string key) =>
        Host.RunAsync(async (services, ct) =>
        {
            await using var stream = await services.GetRequiredService<IMediaStorage>().OpenReadAsync(key, ct);
            using var copy = new MemoryStream();
            await stream!.CopyToAsync(copy, ct);
            return copy.ToArray();
        });
}
