using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Recipes;

public sealed class AdminMenu(IStringLocalizer<RecipesResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Recipes"], Startup.AdminPath, S["Menu_Group_Settings"], 900)
        {
            Permission = Permissions.ManageRecipes,
            Feature = Manifest.Feature,
        },
    ];
}
