using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Taxonomies;

public sealed class AdminMenu(IStringLocalizer<TaxonomiesResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Taxonomies"], TaxonomyPaths.Index, S["Menu_Group_Content"], 150) { Permission = Permissions.Manage },
    ];
}
