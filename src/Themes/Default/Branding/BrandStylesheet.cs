using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Hosting;
using Portal.Core.Settings;

namespace Portal.Themes.Default.Branding;

/// <summary>
/// "/tema/marca.css": the brand colour as CSS custom properties. The CSP forbids inline styles, so the colour
/// reaches pages as a tiny stylesheet of its own, linked with the colour in its query so a change is never stale.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class BrandStylesheet(ISiteSettingsStore settings) : Controller
{
    public const string Path = "/tema/marca.css";

    [HttpGet("tema/marca.css")]
    public async Task<IActionResult> Css(CancellationToken cancellationToken)
    {
        var brand = await ColorAsync(settings, cancellationToken);
        var css = $":root {{ --brand: {brand}; --brand-dark: {brand.Darker(0.7)}; --link: {brand}; --link-hover: {brand.Darker(0.6)}; }}\n";
        return Content(css, "text/css; charset=utf-8");
    }

    /// <summary>The stored colour, or the default when it is malformed or too light (a recipe can set anything).</summary>
    public static async Task<BrandColor> ColorAsync(ISiteSettingsStore settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = await settings.GetAsync<ThemeOptions>(cancellationToken);
        return BrandColor.TryParse(options.PrimaryColor, out var color) && color.ContrastWith(BrandColor.White) >= BrandColor.MinimumContrast
            ? color
            : BrandColor.TryParse(ThemeOptions.DefaultPrimaryColor, out var fallback) ? fallback : BrandColor.White;
    }
}
