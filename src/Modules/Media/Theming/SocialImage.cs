using Portal.Core.Theming;
using Portal.Media.Assets;
using Portal.Media.Images;

namespace Portal.Media.Theming;

/// <summary>
/// The image a page shares on social networks: a raster image's 1200×630 social card (small, as messaging apps
/// want), or the SVG file itself, which has no variants.
/// </summary>
public static class SocialImage
{
    public static PageImage Of(MediaAsset asset, string alt, MediaUrls urls)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(urls);
        return asset.Kind.IsRaster()
            ? new PageImage(urls.Variant(asset, ImageVariant.SocialCard), alt, ImageVariant.SocialWidth, ImageVariant.SocialHeight)
            : new PageImage(MediaUrls.Original(asset), alt, asset.Width, asset.Height);
    }

    /// <summary>The image in the ratios structured data asks for: the social card and the widest configured variant, or the SVG.</summary>
    public static IReadOnlyList<string> Urls(MediaAsset asset, MediaUrls urls)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(urls);
        if (!asset.Kind.IsRaster())
        {
            return [MediaUrls.Original(asset)];
        }

        var widest = urls.Widths.Where(w => asset.Width is null || w <= asset.Width).DefaultIfEmpty(urls.Widths.Min()).Max();
        return [urls.Variant(asset, ImageVariant.SocialCard), urls.Variant(asset, new ImageVariant(widest, ImageVariant.FallbackFor(asset.Kind)))];
    }
}
