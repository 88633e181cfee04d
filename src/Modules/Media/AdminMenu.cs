using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Media;

public sealed class AdminMenu(IStringLocalizer<MediaResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Media"], "/admin/medios", S["Menu_Group_Content"], 20) { Permission = Permissions.ViewMedia, Feature = Manifest.Feature },
    ];
}
