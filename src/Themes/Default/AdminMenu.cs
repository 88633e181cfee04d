using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Themes.Default;

public sealed class AdminMenu(IStringLocalizer<ThemesDefaultResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Theme"], "/admin/tema", S["Menu_Group_Settings"], 885) { Permission = Portal.Admin.Permissions.ManageSettings },
    ];
}
