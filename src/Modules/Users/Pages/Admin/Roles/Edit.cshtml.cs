using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Admin.Features;
using Portal.Core.Security;
using Portal.Users.Identity;
using Portal.Users.Roles;

namespace Portal.Users.Pages.Admin.Roles;

[AuthorizePermission(Permissions.ManageRolesName)]
public sealed class EditModel(
    RoleManager<PortalRole> roles,
    RoleAdministration administration,
    RolePermissions rolePermissions,
    PermissionCatalog permissions,
    FeatureTexts texts,
    IStringLocalizer<UsersResources> S) : RolePageModel(roles)
{
    [BindProperty]
    [StringLength(500, ErrorMessage = "Roles_DescriptionTooLong")]
    public string? Description { get; set; }

    /// <summary>Names of the permissions ticked in the form.</summary>
    [BindProperty]
    public List<string> Granted { get; set; } = [];

    public bool IsAdministrator => RoleNames.IsAdministrator(Role.Name);

    public bool IsStandard => RoleNames.IsStandard(Role.Name!);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Description = Role.Description;
        Granted = [.. await rolePermissions.GetAsync(Role)];
        return Page();
    }

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

        var result = await administration.UpdateAsync(Role, Description, Granted, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result);
            return Page();
        }

        TempData["Message"] = S["Roles_Saved", Role.Name!].Value;
        return Redirect("/admin/roles/" + Role.Id);
    }

    /// <summary>Every module's permissions, grouped under the module's name.</summary>
    public IEnumerable<IGrouping<string, Permission>> PermissionGroups() => permissions.All().GroupBy(p => texts.CategoryName(p.Category));
}
