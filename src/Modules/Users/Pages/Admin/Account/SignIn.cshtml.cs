using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Users.Pages.Admin.Account;

public sealed class SignInModel(SignInManager<PortalUser> signInManager, TimeProvider time, IStringLocalizer<UsersResources> S) : PageModel
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

        var result = await signInManager.PasswordSignInAsync(Input.UserName.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signInManager.UserManager.FindByNameAsync(Input.UserName.Trim());
            if (user is not null)
            {
                user.LastSignInUtc = time.GetUtcNow().UtcDateTime;
                await signInManager.UserManager.UpdateAsync(user);
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/admin");
        }

        // One message for an unknown user, a wrong password and a locked account: it must not tell which.
        Error = S["SignIn_Failed"];
        return Page();
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
