using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;

namespace Portal.Admin.Pages.Admin.Settings;

/// <summary>The administration's identity as citizens see it: name, contact details, base URL, time zone.</summary>
[AuthorizePermission(Permissions.ManageSettingsName)]
public sealed class IndexModel(ISiteSettingsStore settings, IUnitOfWork unitOfWork, PublicUrls urls, IStringLocalizer<AdminResources> S, ISiteLogo? siteLogo = null) : PageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    /// <summary>A new coat of arms or logo; the field is there only when the media module, which keeps it, is installed.</summary>
    [BindProperty]
    public IFormFile? Logo { get; set; }

    /// <summary>The address set in the server's configuration, which wins over the field: shown, not edited.</summary>
    public string? ConfiguredBaseUrl => urls.ConfiguredBaseUrl;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        Input = new SettingsInput
        {
            SiteName = site.SiteName,
            Organization = site.Organization,
            Tagline = site.Tagline,
            ContactPhone = site.ContactPhone,
            ContactEmail = site.ContactEmail,
            Address = site.Address,
            BaseUrl = ConfiguredBaseUrl ?? site.BaseUrl,
            TimeZoneId = site.TimeZoneId,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ConfiguredBaseUrl is not null)
        {
            Input.BaseUrl = ConfiguredBaseUrl;
        }
        else if (!string.IsNullOrWhiteSpace(Input.BaseUrl) && !SiteAddressOptions.IsValidBaseUrl(Input.BaseUrl))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BaseUrl)}", S["Settings_BaseUrlInvalid"]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(Input.TimeZoneId, out _))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TimeZoneId)}", S["Settings_TimeZoneInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Before any other write, so a refused file leaves everything as it was.
        if (Logo is not null && siteLogo is not null && await siteLogo.SetAsync(Logo, User.Identity!.Name!, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(Logo), refusal);
            return Page();
        }

        // Read the stored options first so fields this form does not show (the setup date) are kept.
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        site.SiteName = Input.SiteName.Trim();
        site.Organization = Input.Organization?.Trim() ?? "";
        site.Tagline = Blank(Input.Tagline);
        site.ContactPhone = Blank(Input.ContactPhone);
        site.ContactEmail = Blank(Input.ContactEmail);
        site.Address = Blank(Input.Address);
        if (ConfiguredBaseUrl is null)
        {
            site.BaseUrl = Blank(Input.BaseUrl)?.TrimEnd('/');
        }

        site.TimeZoneId = Input.TimeZoneId;
        await settings.SaveAsync(unitOfWork, site, cancellationToken);
        TempData["Message"] = S["Settings_Saved"].Value;
        return RedirectToPage();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public sealed class SettingsInput
    {
        [Required(ErrorMessage = "Settings_SiteNameRequired")]
        [StringLength(120, ErrorMessage = "Settings_TooLong")]
        public string SiteName { get; set; } = "";

        [StringLength(200, ErrorMessage = "Settings_TooLong")]
        public string? Organization { get; set; }

        [StringLength(200, ErrorMessage = "Settings_TooLong")]
        public string? Tagline { get; set; }

        [StringLength(40, ErrorMessage = "Settings_TooLong")]
        public string? ContactPhone { get; set; }

        [EmailAddress(ErrorMessage = "Settings_EmailInvalid")]
        public string? ContactEmail { get; set; }

        [StringLength(300, ErrorMessage = "Settings_TooLong")]
        public string? Address { get; set; }

        public string? BaseUrl { get; set; }

        [Required(ErrorMessage = "Settings_TimeZoneInvalid")]
        public string TimeZoneId { get; set; } = "Europe/Madrid";
    }
}
