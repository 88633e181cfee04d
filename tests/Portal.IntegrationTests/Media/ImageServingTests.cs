using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>Variants made on demand: sizes, formats, metadata, orientation, cache headers and which sizes may be asked for.</summary>
public sealed class ImageServingTests(MediaFixture fixture) : PortalTest<MediaFixture>(fixture), IClassFixture<MediaFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Variants_of_a_photo_are_turned_upright_and_carry_no_GPS_or_other_EXIF()
    {
        var photo = TestImages.PhotoWithGps(600, 400);
        Assert.NotEmpty(TestImages.GpsFields(photo));
        var asset = await UploadAsync("foto-movil.jpg", photo);
        using var client = Host.CreateBrowserLikeClient();

        Assert.Equal((400, 600), (asset.Width, asset.Height));
        foreach (var file in new[] { "320.webp", "320.jpg" })
        {
            var bytes = await client.GetByteArrayAsync(Url(asset, file), Ct);
            using var variant = Image.NewFromBuffer(bytes);
            Assert.Equal((320, 480), (variant.Width, variant.Height));
            Assert.Empty(TestImages.GpsFields(bytes));
            Assert.DoesNotContain(variant.GetFields(), f => f.StartsWith("exif", StringComparison.Ordinal) || f is "xmp-data" or "iptc-data" or "orientation");
        }
    }

    [Fact]
    public async Task A_configured_width_is_served_as_WebP_and_fallback_with_immutable_caching_and_an_ETag()
    {
        var asset = await UploadAsync("cartel.png", TestImages.Png(1000, 500));
        using var client = Host.CreateBrowserLikeClient();

        using var webp = await client.GetAsync(Url(asset, "640.webp"), Ct);
        using var png = await client.GetAsync(Url(asset, "640.png"), Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, Url(asset, "640.webp"));
        again.Headers.IfNoneMatch.Add(webp.Headers.ETag!);
        using var revalidated = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.OK, webp.StatusCode);
        Assert.Equal("image/webp", webp.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", webp.Headers.CacheControl!.ToString());
        Assert.NotNull(webp.Headers.ETag);
        Assert.Equal("image/png", png.Content.Headers.ContentType!.MediaType);
        using var image = Image.NewFromBuffer(await webp.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal((640, 320), (image.Width, image.Height));
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Sizes_that_are_not_configured_need_a_signature()
    {
        var asset = await UploadAsync("plano-calles.png", TestImages.Png(1000, 500));
        var urls = Host.Services.GetRequiredService<MediaUrls>();
        using var client = Host.CreateBrowserLikeClient();

        using var unsigned = await client.GetAsync(Url(asset, "500.webp"), Ct);
        using var forged = await client.GetAsync(Url(asset, "500.webp") + "?firma=AAAAAAAAAAAAAAAAAAAAAA", Ct);
        using var signed = await client.GetAsync(urls.Variant(asset, new ImageVariant(500, VariantFormat.WebP)), Ct);
        using var otherFormat = await client.GetAsync(Url(asset, "640.jpg"), Ct);
        using var staleVersion = await client.GetAsync($"/medios/{asset.Id}/0000000000000000/640.webp", Ct);

        Assert.Equal(HttpStatusCode.NotFound, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        using var image = Image.NewFromBuffer(await signed.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(500, image.Width);
        Assert.Equal(HttpStatusCode.NotFound, otherFormat.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, staleVersion.StatusCode);
    }

    [Fact]
    public async Task The_social_card_is_1200_by_630_whatever_the_original_shape()
    {
        var asset = await UploadAsync("retrato.jpg", TestImages.Jpeg(500, 800));
        using var client = Host.CreateBrowserLikeClient();

        using var response = await client.GetAsync(Url(asset, "social.jpg"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var card = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }

    [Fact]
    public async Task Documents_and_SVG_are_served_as_stored_and_raster_originals_are_not()
    {
        var pdf = await UploadAsync("bases.pdf", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray());
        var photo = await UploadAsync("original.jpg", TestImages.PhotoWithGps(100, 80));
        using var client = Host.CreateBrowserLikeClient();

        using var document = await client.GetAsync(MediaUrls.Original(pdf), Ct);
        using var raster = await client.GetAsync(MediaUrls.Original(photo), Ct);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, raster.StatusCode);
    }

    [Fact]
    public async Task Replacing_or_deleting_an_image_drops_its_cached_variants()
    {
        var asset = await UploadAsync("bando.png", TestImages.Png(400, 300));
        using var client = Host.CreateBrowserLikeClient();
        await client.GetByteArrayAsync(Url(asset, "320.webp"), Ct);
        var cache = Path.Combine(Fixture.AppDataPath, "media-cache", asset.Id);
        var firstVersion = Path.Combine(cache, MediaUrls.Version(asset));
        Assert.True(Directory.Exists(firstVersion));

        var replaced = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().ReplaceAsync(asset.Id, "bando-2.png", new MemoryStream(TestImages.Png(300, 300)), "admin", ct));
        await client.GetByteArrayAsync(Url(replaced.Asset!, "320.webp"), Ct);

        Assert.False(Directory.Exists(firstVersion));
        Assert.True(Directory.Exists(Path.Combine(cache, MediaUrls.Version(replaced.Asset!))));

        await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().DeleteAsync(asset.Id, ct));

        Assert.False(Directory.Exists(cache));
    }

    private static string Url(MediaAsset asset, string file) => $"/medios/{asset.Id}/{MediaUrls.Version(asset)}/{file}";

    private async Task<MediaAsset> UploadAsync(string fileName, byte[] content)
    {
        var result = await Host.RunAsync((services, ct) => services.GetRequiredService<IMediaLibrary>().UploadAsync(new MediaUpload(fileName, new MemoryStream(content), "admin"), ct));
        Assert.True(result.Succeeded, result.Error);
        return result.Asset!;
    }
}
