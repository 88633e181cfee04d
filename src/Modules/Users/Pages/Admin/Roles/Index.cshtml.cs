using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Users.Roles;

namespace Portal.Users.Pages.Admin.Roles;

[AuthorizePermission(Permissions.ManageRolesName)]
public sealed class IndexModel(RoleAdministration administration, RolePermissions rolePermissions, PermissionCatalog permissions) : PageModel
{
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var holders = await administration.CountHoldersAsync(cancellationToken);
        var all = permissions.All();
        var rows = new List<RoleRow>();
        foreach (var role in await administration.ListAsync(cancellationToken))
        {
            var granted = await rolePermissions.GetAsync(role);
            // Catalog order, so every row reads module by module; a claim no module declares any more is not shown.
            rows.Add(new RoleRow(role, holders.GetValueOrDefault(role.Id), [.. all.Where(p => granted.Contains(p.Name)).Select(p => p.Description)]));
        }

        Roles = rows;
    }

    public sealed record RoleRow(PortalRole Role, int Holders, IReadOnlyList<string> Permissions);
}
