using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Recipes;

public sealed class Permissions(IStringLocalizer<RecipesResources> S) : IPermissionProvider
{
    /// <summary>Export reads everything and import can overwrite anything: administrators only by default.</summary>
    public const string ManageRecipesName = "Recipes.Manage";
    public static readonly Permission ManageRecipes = new(ManageRecipesName, "", "Recipes");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageRecipes with { Description = S["Permission_ManageRecipes"] },
    ];

    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
