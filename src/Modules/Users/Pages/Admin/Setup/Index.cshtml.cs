using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Users.Identity;

namespace Portal.Users.Pages.Admin.Setup;

/// <summary>
/// "Puesta en marcha": what a new site must know before it speaks for the administration outside its own pages
/// (its name and public address) and the administrator's own e-mail and password. An administrator is sent here
/// after signing in while the address is unknown.
/// </summary>
[AuthorizePermission(Portal.Admin.Permissions.ManageSettingsName)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel(
    ISiteSettingsStore settings,
    PublicUrls urls,
    IUnitOfWork unitOfWork,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    IStringLocalizer<UsersResources> S,
    ISiteLogo? siteLogo = null) : PageModel
{
    [BindProperty]
    public SetupInput Input { get; set; } = new();

    /// <summary>The coat of arms or logo; the field is there only when the media module, which keeps it, is installed.</summary>
    [BindProperty]
    public IFormFile? Logo { get; set; }

    /// <summary>The address set in the server's configuration: shown, not edited.</summary>
    public string? ConfiguredBaseUrl => urls.ConfiguredBaseUrl;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        Input = new SetupInput
        {
            SiteName = site.SiteName,
            // The address this page was reached at is the likeliest answer; the administrator confirms it.
            BaseUrl = await urls.KnownBaseAsync(cancellationToken) ?? $"{Request.Scheme}://{Request.Host}{Request.PathBase}",
            Email = user.Email ?? "",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Forbid();
        }

        if (ConfiguredBaseUrl is not null)
        {
            Input.BaseUrl = ConfiguredBaseUrl;
        }
        else if (!SiteAddressOptions.IsValidBaseUrl(Input.BaseUrl))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.BaseUrl)}", S["Setup_BaseUrlInvalid"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The logo first: a refused file stops here with nothing written, and a stored one is undone with the
        // transaction when Identity refuses the account's change below.
        if (Logo is not null && siteLogo is not null && await siteLogo.SetAsync(Logo, User.Identity!.Name!, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(Logo), refusal);
            return Page();
        }

        var changesPassword = !string.IsNullOrEmpty(Input.Password);
        var result = await unitOfWork.InTransactionAsync(() => ChangeAccountAsync(user, changesPassword), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, emailField: $"{nameof(Input)}.{nameof(Input.Email)}", passwordField: $"{nameof(Input)}.{nameof(Input.Password)}");
            return Page();
        }

        // Read the stored options first so the fields this page does not show are kept.
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        site.SiteName = Input.SiteName.Trim();
        if (ConfiguredBaseUrl is null)
        {
            site.BaseUrl = Input.BaseUrl!.Trim().TrimEnd('/');
        }

        await settings.SaveAsync(unitOfWork, site, cancellationToken);
        if (changesPassword)
        {
            // A new password ends every session; this one goes on with the new security stamp.
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Message"] = S["Setup_Saved"].Value;
        return Redirect("/admin");
    }

    private async Task<IdentityResult> ChangeAccountAsync(PortalUser user, bool changesPassword)
    {
        // Identity's rules first, so a refused password writes nothing at all.
        var result = changesPassword ? await users.CheckPasswordRulesAsync(user, Input.Password!) : IdentityResult.Success;
        var email = Input.Email.Trim();
        if (result.Succeeded && !string.Equals(user.Email, email, StringComparison.OrdinalIgnoreCase))
        {
            result = await users.SetEmailAsync(user, email);
        }

        return changesPassword
            ? await Task.FromResult(result).ThenAsync(() => users.RemovePasswordAsync(user), () => users.AddPasswordAsync(user, Input.Password!))
            : result;
    }

    public sealed class SetupInput : IValidatableObject
    {
        [Required(ErrorMessage = "Setup_SiteNameRequired")]
        [StringLength(120, ErrorMessage = "Setup_TooLong")]
        public string SiteName { get; set; } = "";

        public string? BaseUrl { get; set; }

        [Required(ErrorMessage = "Setup_EmailRequired")]
        [EmailAddress(ErrorMessage = "Setup_EmailInvalid")]
        public string Email { get; set; } = "";

        [DataType(DataType.Password)]
        public string? Password { get; set; }

        [DataType(DataType.Password)]
        public string? ConfirmPassword { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (!string.IsNullOrEmpty(Password) && Password != ConfirmPassword)
            {
                var S = validationContext.GetRequiredService<IStringLocalizer<UsersResources>>();
                yield return new ValidationResult(S["Users_PasswordsDoNotMatch"], [nameof(ConfirmPassword)]);
            }
        }
    }
}
