using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Accounts;
using Portal.Users.Identity;

namespace Portal.Users.Pages.Admin.Users;

[AuthorizePermission(Permissions.ManageUsersName)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PasswordModel(UserManager<PortalUser> users, UserAdministration administration, IStringLocalizer<UsersResources> S) : AccountPageModel(users)
{
    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    /// <summary>Set on the response that made the password up: the only time it is shown.</summary>
    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var password = Password.Choose();
        var result = await administration.SetPasswordAsync(User, Account, password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, passwordField: "Password.Password");
            return Page();
        }

        if (!Password.Generate)
        {
            TempData["Message"] = S["Users_PasswordChanged", Account.UserName!].Value;
            return Redirect("/admin/usuarios/" + Account.Id);
        }

        GeneratedPassword = password;
        return Page();
    }
}
