using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Accounts;

namespace Portal.Users.Pages.Admin.Users;

[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class DeleteModel(UserManager<PortalUser> users, UserAdministration administration, IStringLocalizer<UsersResources> S) : AccountPageModel(users)
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await administration.DeleteAsync(User, Account, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Description)];
            return Page();
        }

        TempData["Message"] = S["Users_Deleted", Account.UserName!].Value;
        return Redirect("/admin/usuarios");
    }
}
