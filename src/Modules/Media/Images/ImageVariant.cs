using System.Globalization;
using Portal.Media.Assets;

namespace Portal.Media.Images;

public enum VariantFormat
{
    WebP,
    Jpeg,
    Png,
}

/// <summary>
/// One derived image: a width in WebP or in the original's fallback format, or the 1200×630 social card. Its
/// file name in URLs and in the cache is "640.webp", "640.jpg", "social.jpg".
/// </summary>
public sealed record ImageVariant(int Width, VariantFormat Format, bool Social = false)
{
    public const int SocialWidth = 1200;
    public const int SocialHeight = 630;
    public const int MaxWidth = 4096;

    public static ImageVariant SocialCard { get; } = new(SocialWidth, VariantFormat.Jpeg, Social: true);

    public string FileName => (Social ? "social" : Width.ToString(CultureInfo.InvariantCulture)) + Extension(Format);

    public string ContentType => Format switch
    {
        VariantFormat.WebP => "image/webp",
        VariantFormat.Jpeg => "image/jpeg",
        _ => "image/png",
    };

    /// <summary>The format served to browsers without WebP: JPEG stays JPEG, anything that may be transparent becomes PNG.</summary>
    public static VariantFormat FallbackFor(MediaKind kind) => kind == MediaKind.Jpeg ? VariantFormat.Jpeg : VariantFormat.Png;

    /// <summary>Parses a file name for an asset of <paramref name="kind"/>; null when it names no variant that asset can have.</summary>
    public static ImageVariant? Parse(string fileName, MediaKind kind)
    {
        if (fileName == SocialCard.FileName && kind.HasSocialCard())
        {
            return SocialCard;
        }

        if (!kind.IsRaster())
        {
            return null;
        }

        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !int.TryParse(fileName.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var width) || width is < 1 or > MaxWidth)
        {
            return null;
        }

        var extension = fileName[dot..];
        VariantFormat? format = extension == Extension(VariantFormat.WebP) ? VariantFormat.WebP
            : extension == Extension(FallbackFor(kind)) ? FallbackFor(kind)
            : null;
        return format is { } f && fileName == new ImageVariant(width, f).FileName ? new ImageVariant(width, f) : null;
    }

    private static string Extension(VariantFormat format) => format switch
    {
        VariantFormat.WebP => ".webp",
        VariantFormat.Jpeg => ".jpg",
        _ => ".png",
    };
}
