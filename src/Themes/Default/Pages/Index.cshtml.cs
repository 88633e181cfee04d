using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Themes.Default.Home;

namespace Portal.Themes.Default.Pages;

/// <summary>The home page: a welcome in the administration's own words and the latest published content.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class IndexModel(ISiteSettingsStore settings, LatestContentQuery latest) : PageModel
{
    public const int LatestCount = 10;

    public SiteOptions Site { get; private set; } = new();

    public IReadOnlyList<ContentLink> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Site = await settings.GetAsync<SiteOptions>(cancellationToken);
        Latest = await latest.ListAsync(LatestCount, SiteTimeZone.Of(Site), cancellationToken);
    }
}
