using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Inbox;

public sealed class AdminMenu(IStringLocalizer<InboxResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Inbox"], InboxPaths.Admin, S["Menu_Group"], 150) { Permission = Permissions.HandleRequests },
        new(S["Menu_Retention"], InboxPaths.Retention, S["Menu_Group"], 159) { Permission = Permissions.Configure },
    ];
}
