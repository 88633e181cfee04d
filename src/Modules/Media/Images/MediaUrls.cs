using Microsoft.Extensions.Options;
using Portal.Media.Assets;

namespace Portal.Media.Images;

/// <summary>
/// Public addresses of an asset's files: "/medios/{id}/{version}/{file}", where the version is the start of
/// the file's hash, so an address never changes meaning and can be cached for a year.
/// </summary>
public sealed class MediaUrls(IOptions<MediaOptions> options, MediaUrlSigner signer)
{
    public const string Prefix = "/medios";
    public const string SignatureParameter = "firma";
    public const string OriginalName = "original";

    public IReadOnlyList<int> Widths => options.Value.Widths;

    public static string Version(MediaAsset asset) => asset.Hash[..16];

    /// <summary>The stored file itself; for documents, video, captions and SVG (raster originals may hold metadata).</summary>
    public static string Original(MediaAsset asset) => $"{Base(asset)}/{OriginalName}{asset.Kind.Extension()}";

    /// <summary>A variant's address, signed when its width is not a configured one.</summary>
    public string Variant(MediaAsset asset, ImageVariant variant)
    {
        var path = $"{Base(asset)}/{variant.FileName}";
        return IsConfigured(variant) ? path : $"{path}?{SignatureParameter}={signer.Sign(path)}";
    }

    public bool IsConfigured(ImageVariant variant) => variant.Social || options.Value.Widths.Contains(variant.Width);

    public bool IsAllowed(string path, ImageVariant variant, string? signature) => IsConfigured(variant) || signer.IsValid(path, signature);

    private static string Base(MediaAsset asset) => $"{Prefix}/{asset.Id}/{Version(asset)}";
}
