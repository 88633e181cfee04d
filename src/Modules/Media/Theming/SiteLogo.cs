using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Library;

namespace Portal.Media.Theming;

/// <summary>The site's logo as a library asset: uploads go through the library's checks, and only images are kept.</summary>
public sealed class SiteLogo(IMediaLibrary library, ISiteSettingsStore settings, IUnitOfWork unitOfWork, IStringLocalizer<MediaResources> S) : ISiteLogo
{
    /// <summary>The height the theme gives the logo in the header, in CSS pixels.</summary>
    public const int HeaderHeight = 48;

    public async Task<string?> SetAsync(IFormFile file, string uploadedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        await using var content = file.OpenReadStream();
        var result = await library.UploadAsync(new MediaUpload(file.FileName, content, uploadedBy), cancellationToken);
        if (!result.Succeeded)
        {
            return result.Error;
        }

        if (!IsImage(result.Asset!.Kind))
        {
            // The library took a document or a video; undoing the transaction removes its row and its file.
            await unitOfWork.RollbackAsync(cancellationToken);
            return S["SiteLogo_NotImage", file.FileName];
        }

        await settings.SaveAsync(unitOfWork, new SiteLogoSettings { AssetId = result.Asset.Id }, cancellationToken);
        return null;
    }

    /// <summary>The sizes attribute for the header: the width the image takes at <see cref="HeaderHeight"/>.</summary>
    public static string Sizes(MediaAsset asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        var width = asset.Width is { } w && asset.Height is { } h && h > 0 ? (int)Math.Ceiling(HeaderHeight * (double)w / h) : HeaderHeight;
        return width.ToString(CultureInfo.InvariantCulture) + "px";
    }

    private static bool IsImage(MediaKind kind) => kind.IsRaster() || kind == MediaKind.Svg;
}
