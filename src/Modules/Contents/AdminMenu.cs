using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Contents;

public sealed class AdminMenu(IStringLocalizer<ContentsResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Contents"], "/admin/contenidos", S["Menu_Group_Content"], 10) { Permission = Permissions.ViewContent, Feature = Manifest.Feature },
        new(S["Menu_Review"], "/admin/contenidos/revision", S["Menu_Group_Content"], 11) { Permission = Permissions.ViewContent, Feature = Manifest.Feature },
        new(S["Menu_Feedback"], "/admin/opiniones", S["Menu_Group_Content"], 12) { Permission = Permissions.ViewContent, Feature = Manifest.Feature },
    ];
}
