using NetVips;

namespace Portal.Media.Images;

/// <summary>
/// Which libvips loaders may read files: only those libvips considers safe for untrusted input (no ImageMagick,
/// no PDF), plus the SVG renderer for social cards. SVG is allowed because the library keeps only sanitized SVG,
/// uploaded by staff, with no scripts and no external references, and librsvg cannot load anything else.
/// </summary>
internal static class VipsLoaders
{
    private static readonly Lazy<bool> Applied = new(() =>
    {
        NetVips.NetVips.BlockUntrusted = true;
        Operation.Block("VipsForeignLoadSvg", false);
        return true;
    });

    /// <summary>Sets the policy once per process, before the first image is read.</summary>
    public static void Apply() => _ = Applied.Value;
}
