using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Portal.Media.Assets;
using Portal.Media.Images;

namespace Portal.Media.Theming;

/// <summary>
/// <c>&lt;media-picture asset="@a" alt="…" sizes="…"&gt;</c>: a &lt;picture&gt; with a WebP srcset of the configured
/// widths, the original format as fallback, and the pixel size against layout shift. Alt text is required;
/// an image that only decorates says so with <c>decorative="true"</c> and gets an empty alt.
/// </summary>
[HtmlTargetElement("media-picture", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MediaPictureTagHelper(MediaUrls urls) : TagHelper
{
    public MediaAsset? Asset { get; set; }

    public string? Alt { get; set; }

    public bool Decorative { get; set; }

    /// <summary>The sizes attribute; by default the image spans the viewport.</summary>
    public string Sizes { get; set; } = "100vw";

    public string? Class { get; set; }

    /// <summary>The id of the long description (an infographic's text version), set as the image's aria-describedby.</summary>
    public string? DescribedBy { get; set; }

    /// <summary>Lazy by default; set "eager" for the main image at the top of a page.</summary>
    public string Loading { get; set; } = "lazy";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var asset = Asset ?? throw new InvalidOperationException("<media-picture> needs an asset.");
        if (!Decorative && string.IsNullOrWhiteSpace(Alt))
        {
            throw new InvalidOperationException($"<media-picture> for asset {asset.Id} has no alt text: give one, or mark the image decorative=\"true\".");
        }

        var alt = Decorative ? "" : Alt!.Trim();
        output.TagName = "picture";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.Clear();
        if (!asset.Kind.IsRaster())
        {
            output.Content.AppendHtml(Img(MediaUrls.Original(asset), null, asset, alt));
            return;
        }

        var widths = Widths(asset);
        output.Content.AppendHtml($"<source type=\"image/webp\" srcset=\"{SrcSet(asset, widths, VariantFormat.WebP)}\" sizes=\"{Encode(Sizes)}\">");
        var fallback = ImageVariant.FallbackFor(asset.Kind);
        output.Content.AppendHtml(Img(urls.Variant(asset, new ImageVariant(widths[^1], fallback)), SrcSet(asset, widths, fallback), asset, alt));
    }

    /// <summary>Configured widths up to the image's own; a small image gets the smallest one, which never upscales.</summary>
    private int[] Widths(MediaAsset asset)
    {
        var configured = urls.Widths.Order().ToArray();
        var fitting = configured.Where(w => asset.Width is null || w <= asset.Width).ToArray();
        return fitting.Length > 0 ? fitting : [configured[0]];
    }

    private string SrcSet(MediaAsset asset, int[] widths, VariantFormat format) =>
        string.Join(", ", widths.Select(w => $"{Encode(urls.Variant(asset, new ImageVariant(w, format)))} {Math.Min(w, asset.Width ?? w).ToString(CultureInfo.InvariantCulture)}w"));

    private string Img(string src, string? srcset, MediaAsset asset, string alt)
    {
        var size = asset.Width is { } w && asset.Height is { } h ? $" width=\"{w}\" height=\"{h}\"" : "";
        var set = srcset is null ? "" : $" srcset=\"{srcset}\" sizes=\"{Encode(Sizes)}\"";
        var css = Class is null ? "" : $" class=\"{Encode(Class)}\"";
        var described = DescribedBy is null ? "" : $" aria-describedby=\"{Encode(DescribedBy)}\"";
        return $"<img src=\"{Encode(src)}\"{set} alt=\"{Encode(alt)}\"{size}{css}{described} loading=\"{Encode(Loading)}\" decoding=\"async\">";
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
