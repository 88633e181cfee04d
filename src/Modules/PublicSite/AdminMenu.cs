using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.PublicSite;

public sealed class AdminMenu(IStringLocalizer<PublicSiteResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Home"], PublicPaths.AdminHome, S["Menu_Group_Settings"], 880) { Permission = Portal.Admin.Permissions.ManageSettings, Feature = Manifest.Feature },
    ];
}
