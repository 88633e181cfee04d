using System.ComponentModel.DataAnnotations;

namespace Portal.Media;

/// <summary>Limits and image sizes, from configuration section <c>Portal:Media</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Portal:Media";

    /// <summary>Largest file accepted, in bytes (videos included). Default 100 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest image accepted, in bytes. Default 20 MB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxImageBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Largest image accepted, in millions of pixels, read from the header before any decoding. Default 50.</summary>
    [Range(1, 1000)]
    public int MaxMegapixels { get; set; } = 50;

    /// <summary>Widths of the responsive variants served without a signature. Default 320, 640, 960, 1280, 1920.</summary>
    [MinLength(1)]
    public int[] Widths { get; set; } = [320, 640, 960, 1280, 1920];

    /// <summary>
    /// Where asset files are kept; relative paths start at the content root. Default App_Data/media. Several nodes
    /// point it at one shared mount so each serves what another received.
    /// </summary>
    public string? Root { get; set; }

    /// <summary>
    /// Key that signs URLs of other sizes. Set it when several nodes serve media; without it each site keeps a
    /// random key in App_Data.
    /// </summary>
    public string? SigningKey { get; set; }
}
