using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Core.Security;
using Portal.Core.Theming;
using Portal.Users.Identity;
using Portal.Users.SignIn;

namespace Portal.Users.Pages.Admin.Account;

public sealed class SignInModel(
    SignInManager<PortalUser> signInManager,
    UnknownUserPasswordCheck unknownUser,
    SignInThrottle throttle,
    PublicUrls urls,
    IAuthorizationService authorization,
    IOptions<SignInLimits> limits,
    TimeProvider time,
    IStringLocalizer<UsersResources> S) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Forwarded headers have already replaced the proxy's address with the client's.
        if (!throttle.TryBegin(HttpContext.Connection.RemoteIpAddress, out var attempt, out var retryAfter))
        {
            return TooManyAttempts(retryAfter);
        }

        var users = signInManager.UserManager;
        var user = await users.FindByNameAsync(Input.UserName.Trim());
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity answers these without hashing anything; hash anyway so the time taken does not tell them apart.
            unknownUser.Verify(Input.Password);
            return Failed(attempt);
        }

        var result = await signInManager.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return Failed(attempt);
        }

        throttle.Succeeded(attempt);
        user.LastSignInUtc = time.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        if (await urls.KnownBaseAsync(HttpContext.RequestAborted) is null
            && await authorization.HasPermissionAsync(await signInManager.CreateUserPrincipalAsync(user), Portal.Admin.Permissions.ManageSettings))
        {
            return LocalRedirect(Portal.Admin.AdminMenu.SetupPath);
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
    }

    /// <summary>One message for an unknown user, a wrong password and a locked account: it must not tell which.</summary>
    private PageResult Failed(SignInAttempt attempt)
    {
        throttle.Failed(attempt);
        Error = S["SignIn_Failed", limits.Value.AccountFailures, limits.Value.AccountLockoutMinutes];
        return Page();
    }

    private PageResult TooManyAttempts(TimeSpan retryAfter)
    {
        Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        Error = S["SignIn_TooManyAttempts"];
        var page = Page();
        page.StatusCode = StatusCodes.Status429TooManyRequests;
        return page;
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "SignIn_UserNameRequired")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "SignIn_PasswordRequired")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
