using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;

namespace Portal.Users.Pages.Admin.Roles;

/// <summary>A page about one role, addressed by the role's id.</summary>
public abstract class RolePageModel(RoleManager<PortalRole> roles) : PageModel
{
    public PortalRole Role { get; private set; } = null!;

    /// <returns>False when no role has that id (the page answers 404).</returns>
    protected async Task<bool> LoadAsync(string id)
    {
        var role = await roles.FindByIdAsync(id);
        if (role is null)
        {
            return false;
        }

        Role = role;
        return true;
    }
}
