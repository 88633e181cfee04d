using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Themes.Default.Branding;

namespace Portal.Themes.Default.Pages.Admin.Tema;

/// <summary>The brand colour, refused unless white text on it (and it on white) reaches WCAG AA contrast.</summary>
[AuthorizePermission(Portal.Admin.Permissions.ManageSettingsName)]
public sealed class IndexModel(ISiteSettingsStore settings, IUnitOfWork unitOfWork, IStringLocalizer<ThemesDefaultResources> S) : PageModel
{
    [BindProperty]
    public string? PrimaryColor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        PrimaryColor = (await settings.GetAsync<ThemeOptions>(cancellationToken)).PrimaryColor;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!BrandColor.TryParse(PrimaryColor, out var color))
        {
            ModelState.AddModelError(nameof(PrimaryColor), S["Theme_ColorInvalid"]);
        }
        else if (color.ContrastWith(BrandColor.White) is var ratio && ratio < BrandColor.MinimumContrast)
        {
            ModelState.AddModelError(nameof(PrimaryColor), S["Theme_ColorLowContrast", ratio.ToString("0.0", PortalCulture), BrandColor.MinimumContrast.ToString("0.0", PortalCulture)]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await settings.SaveAsync(unitOfWork, new ThemeOptions { PrimaryColor = color.ToString() }, cancellationToken);
        TempData["Message"] = S["Theme_Saved"].Value;
        return RedirectToPage();
    }

    private static System.Globalization.CultureInfo PortalCulture => Portal.Core.Hosting.PortalHostExtensions.DefaultCulture;
}
