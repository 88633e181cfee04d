namespace Portal.Media.Assets;

/// <summary>The file types the library accepts, decided from a file's content, never from its name.</summary>
public enum MediaKind
{
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,
    Pdf,
    Mp4,
    WebM,
    WebVtt,
}

public static class MediaKinds
{
    public static string ContentType(this MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => "image/jpeg",
        MediaKind.Png => "image/png",
        MediaKind.WebP => "image/webp",
        MediaKind.Gif => "image/gif",
        MediaKind.Svg => "image/svg+xml",
        MediaKind.Pdf => "application/pdf",
        MediaKind.Mp4 => "video/mp4",
        MediaKind.WebM => "video/webm",
        MediaKind.WebVtt => "text/vtt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The extension a stored file gets, whatever name it was uploaded with.</summary>
    public static string Extension(this MediaKind kind) => kind switch
    {
        MediaKind.Jpeg => ".jpg",
        MediaKind.Png => ".png",
        MediaKind.WebP => ".webp",
        MediaKind.Gif => ".gif",
        MediaKind.Svg => ".svg",
        MediaKind.Pdf => ".pdf",
        MediaKind.Mp4 => ".mp4",
        MediaKind.WebM => ".webm",
        MediaKind.WebVtt => ".vtt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Raster images: the ones with pixel limits and responsive variants.</summary>
    public static bool IsRaster(this MediaKind kind) => kind is MediaKind.Jpeg or MediaKind.Png or MediaKind.WebP or MediaKind.Gif;

    /// <summary>
    /// Images that get the 1200×630 JPEG social card: every raster image, and SVG, which social networks and
    /// messaging apps do not show (it is rasterised from the sanitized file; it has no other variant).
    /// </summary>
    public static bool HasSocialCard(this MediaKind kind) => kind.IsRaster() || kind == MediaKind.Svg;
}
