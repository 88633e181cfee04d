using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Users.Roles;

namespace Portal.Users.Pages.Admin.Roles;

[Authorize(Policy = PermissionClaims.PolicyPrefix + "Roles.Manage")]
public sealed class IndexModel(RoleAdministration administration, RolePermissions rolePermissions) : PageModel
{
    public IReadOnlyList<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var holders = await administration.CountHoldersAsync(cancellationToken);
        var rows = new List<RoleRow>();
        foreach (var role in await administration.ListAsync(cancellationToken))
        {
            rows.Add(new RoleRow(role, holders.GetValueOrDefault(role.Id), (await rolePermissions.GetAsync(role)).Count));
        }

        Roles = rows;
    }

    public sealed record RoleRow(PortalRole Role, int Holders, int Permissions);
}
