using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Accounts;
using Portal.Users.Identity;

namespace Portal.Users.Pages.Admin.Users;

[AuthorizePermission(Permissions.ManageUsersName)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class CreateModel(UserAdministration administration, IStringLocalizer<UsersResources> S) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Users_UserNameRequired")]
    [StringLength(256, ErrorMessage = "Users_UserNameTooLong")]
    public string UserName { get; set; } = "";

    [BindProperty]
    public UserDetailsInput Input { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    /// <summary>Set on the response that created an account with a made-up password: the only time it is shown.</summary>
    public PortalUser? Created { get; private set; }

    public string? GeneratedPassword { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var password = Password.Choose();
        var (result, user) = await administration.CreateAsync(User, UserName, Input.ToDetails(), password, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, userNameField: nameof(UserName), emailField: "Input.Email", passwordField: "Password.Password");
            return Page();
        }

        if (!Password.Generate)
        {
            TempData["Message"] = S["Users_Created", user.UserName!].Value;
            return Redirect("/admin/usuarios/" + user.Id);
        }

        Created = user;
        GeneratedPassword = password;
        return Page();
    }
}
