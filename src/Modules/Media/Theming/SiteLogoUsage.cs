using Microsoft.Extensions.Localization;
using Portal.Core.Settings;
using Portal.Media.Library;

namespace Portal.Media.Theming;

/// <summary>The logo is in use while the settings name it, so it cannot be deleted from the library.</summary>
public sealed class SiteLogoUsage(ISiteSettingsStore settings, IStringLocalizer<MediaResources> S) : IMediaUsageProvider
{
    public async Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default)
    {
        var logo = await settings.GetAsync<SiteLogoSettings>(cancellationToken);
        return logo.AssetId == assetId ? [new MediaUsage(S["SiteLogo_Usage"], "/admin/ajustes")] : [];
    }
}
