using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.PlainLanguage;

public sealed class AdminMenu(IStringLocalizer<PlainLanguageResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Jargon"], "/admin/lenguaje-claro/jerga", S["Menu_Group_Settings"], 900) { Permission = Permissions.ManageJargon, Feature = Manifest.Feature },
    ];
}
