using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Api;

public sealed class AdminMenu(IStringLocalizer<ApiResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Tokens"], Tokens.ApiTokenPaths.Index, S["Menu_Group_Settings"], 920) { Permission = Permissions.ManageTokens, Feature = Manifest.Feature },
    ];
}
