using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Identity;
using Portal.Users.Roles;

namespace Portal.Users.Pages.Admin.Roles;

[AuthorizePermission(Permissions.ManageRolesName)]
public sealed class CreateModel(RoleAdministration administration, IStringLocalizer<UsersResources> S) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Roles_NameRequired")]
    [StringLength(100, ErrorMessage = "Roles_NameTooLong")]
    public string Name { get; set; } = "";

    [BindProperty]
    [StringLength(500, ErrorMessage = "Roles_DescriptionTooLong")]
    public string? Description { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, role) = await administration.CreateAsync(Name, Description, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, roleNameField: nameof(Name));
            return Page();
        }

        TempData["Message"] = S["Roles_Created", role.Name!].Value;
        return Redirect("/admin/roles/" + role.Id);
    }
}
