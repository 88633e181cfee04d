using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Users;

public sealed class AdminMenu(IStringLocalizer<UsersResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Users"], "/admin/usuarios", S["Menu_Group_Settings"], 900) { Permission = Permissions.ManageUsers },
        new(S["Menu_Roles"], "/admin/roles", S["Menu_Group_Settings"], 910) { Permission = Permissions.ManageRoles },
    ];
}
