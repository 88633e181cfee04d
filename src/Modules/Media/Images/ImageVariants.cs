using NetVips;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Media.Storage;

namespace Portal.Media.Images;

/// <summary>
/// Makes variants on first request and keeps them in App_Data/media-cache, under the asset's id and file
/// hash, so a replaced file never serves an old variant. Every variant is auto-rotated and keeps no metadata
/// (EXIF, GPS, XMP, IPTC, comments); only the colour profile's effect remains, as sRGB pixels.
/// </summary>
public sealed class ImageVariants(AppDataPaths paths, IMediaStorage storage)
{
    // libvips uses several threads per image; two images at a time keep memory and CPU bounded.
    private static readonly SemaphoreSlim Gate = new(2);

    private readonly string _cache = paths.Folder("media-cache");

    public async Task<string> GetAsync(MediaAsset asset, ImageVariant variant, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_cache, asset.Id, asset.Hash[..16], variant.FileName);
        if (File.Exists(path))
        {
            return path;
        }

        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (File.Exists(path))
            {
                return path;
            }

            await using var original = await storage.OpenReadAsync(asset.StorageKey, cancellationToken)
                ?? throw new FileNotFoundException($"The file of media asset {asset.Id} is missing.", asset.StorageKey);
            VipsLoaders.Apply();
            var bytes = Render(original, variant);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// Drops the cached variants of an asset, or of one version of its file. Only saves disk: their addresses
    /// already answer 404, so a folder that a request is still writing into may stay.
    /// </summary>
    public void Forget(string assetId, string? version = null)
    {
        var folder = version is null ? Path.Combine(_cache, assetId) : Path.Combine(_cache, assetId, version);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Missing, or in use by a request rendering a variant at this moment.
        }
    }

    private static byte[] Render(Stream original, ImageVariant variant)
    {
        // Thumbnail decodes at a reduced size where the format allows it and applies the EXIF orientation.
        using var image = variant.Social
            ? Image.ThumbnailStream(original, ImageVariant.SocialWidth, height: ImageVariant.SocialHeight, size: Enums.Size.Both, crop: Enums.Interesting.Attention)
            : Image.ThumbnailStream(original, variant.Width, height: 100_000, size: Enums.Size.Down);
        using var srgb = image.Interpretation == Enums.Interpretation.Srgb || image.Interpretation == Enums.Interpretation.Bw ? image.Copy() : image.Colourspace(Enums.Interpretation.Srgb);
        using var flat = variant.Format == VariantFormat.Jpeg && srgb.HasAlpha() ? srgb.Flatten(background: [255.0]) : srgb.Copy();
        return variant.Format switch
        {
            VariantFormat.WebP => flat.WebpsaveBuffer(q: 80, keep: Enums.ForeignKeep.None),
            VariantFormat.Jpeg => flat.JpegsaveBuffer(q: 82, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None),
            _ => flat.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
        };
    }
}
