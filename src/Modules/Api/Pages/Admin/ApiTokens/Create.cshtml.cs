using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Api.Tokens;
using Portal.Contents.Time;
using Portal.Core.Security;

namespace Portal.Api.Pages.Admin.ApiTokens;

/// <summary>An administrator creates a token for any user; the secret is on this one response and nowhere else.</summary>
[AuthorizePermission(Permissions.ManageTokensName)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CreateModel(ApiTokenStore tokens, UserManager<PortalUser> users, SiteTime siteTime, IStringLocalizer<ApiResources> S) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Tokens_UserNameRequired")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Tokens_NameRequired")]
    [StringLength(ApiToken.NameLength, ErrorMessage = "Tokens_NameTooLong")]
    public string Name { get; set; } = "";

    /// <summary>The last day the token works, in the site's time zone; none means until revoked.</summary>
    [BindProperty]
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>Set only on the response that created the token.</summary>
    public string? Secret { get; private set; }

    public ApiToken? Created { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (!string.IsNullOrWhiteSpace(UserName) && user is null)
        {
            ModelState.AddModelError(nameof(UserName), S["Tokens_UserNotFound", UserName.Trim()]);
        }

        DateTime? expiresUtc = null;
        if (ExpiresOn is { } lastDay)
        {
            // The token works all of its last day where the site is.
            var zone = await siteTime.ZoneAsync(cancellationToken);
            expiresUtc = TimeZoneInfo.ConvertTimeToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            if (expiresUtc <= siteTime.UtcNow)
            {
                ModelState.AddModelError(nameof(ExpiresOn), S["Tokens_ExpiresInPast"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (token, secret) = await tokens.CreateAsync(user!.Id, Name.Trim(), expiresUtc, User.Identity!.Name!, cancellationToken);
        Created = token;
        Secret = secret;
        return Page();
    }
}
