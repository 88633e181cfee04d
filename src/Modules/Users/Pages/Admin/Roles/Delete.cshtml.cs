using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Roles;

namespace Portal.Users.Pages.Admin.Roles;

[AuthorizePermission(Permissions.ManageRolesName)]
public sealed class DeleteModel(RoleManager<PortalRole> roles, RoleAdministration administration, IStringLocalizer<UsersResources> S) : RolePageModel(roles)
{
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await administration.DeleteAsync(Role, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Description)];
            return Page();
        }

        TempData["Message"] = S["Roles_Deleted", Role.Name!].Value;
        return Redirect("/admin/roles");
    }
}
