using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Search;

public sealed class AdminMenu(IStringLocalizer<SearchResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Search"], SearchPaths.Admin, S["Menu_Group_Settings"], 880) { Permission = Permissions.Manage, Feature = Manifest.Feature },
    ];
}
