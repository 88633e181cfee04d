using Portal.Core.Theming;
using Portal.Media.Assets;
using Portal.Media.Images;

namespace Portal.Media.Theming;

/// <summary>
/// The image a page shares on social networks: the 1200×630 JPEG social card (small, as messaging apps want),
/// which an SVG gets too because networks do not show SVG; other kinds share their file.
/// </summary>
public static class SocialImage
{
    public static PageImage Of(MediaAsset asset, string alt, MediaUrls urls)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(urls);
        return asset.Kind.HasSocialCard()
            ? new PageImage(urls.Variant(asset, ImageVariant.SocialCard), alt, ImageVariant.SocialWidth, ImageVariant.SocialHeight)
            : new PageImage(MediaUrls.Original(asset), alt, asset.Width, asset.Height);
    }

    /// <summary>The image in the ratios structured data asks for: the social card, then the widest configured variant or the SVG itself.</summary>
    public static IReadOnlyList<string> Urls(MediaAsset asset, MediaUrls urls)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(urls);
        if (!asset.Kind.IsRaster())
        {
            return asset.Kind.HasSocialCard() ? [urls.Variant(asset, ImageVariant.SocialCard), MediaUrls.Original(asset)] : [MediaUrls.Original(asset)];
        }

        var widest = urls.Widths.Where(w => asset.Width is null || w <= asset.Width).DefaultIfEmpty(urls.Widths.Min()).Max();
        return [urls.Variant(asset, ImageVariant.SocialCard), urls.Variant(asset, new ImageVariant(widest, ImageVariant.FallbackFor(asset.Kind)))];
    }
}
