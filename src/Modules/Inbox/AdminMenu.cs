using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Inbox;

public sealed class AdminMenu(IStringLocalizer<InboxResources> S) : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Inbox"], InboxPaths.Admin, S["Menu_Group"], 150) { Permission = Permissions.HandleRequests },
        new(S["Menu_Report"], InboxPaths.Report, S["Menu_Group"], 156) { Permission = Permissions.Supervise },
        new(S["Menu_Targets"], InboxPaths.Targets, S["Menu_Group"], 157) { Permission = Permissions.Configure },
        new(S["Menu_Calendar"], InboxPaths.Calendar, S["Menu_Group"], 158) { Permission = Permissions.Configure },
        new(S["Menu_Units"], InboxPaths.Units, S["Menu_Group"], 160) { Permission = Permissions.Configure },
        new(S["Menu_Rules"], InboxPaths.Rules, S["Menu_Group"], 161) { Permission = Permissions.Configure },
        new(S["Menu_CannedAnswers"], InboxPaths.CannedAnswers, S["Menu_Group"], 162) { Permission = Permissions.Configure },
        new(S["Menu_Retention"], InboxPaths.Retention, S["Menu_Group"], 159) { Permission = Permissions.Configure },
        new(S["Menu_Settings"], InboxPaths.Settings, S["Menu_Group"], 163) { Permission = Permissions.Configure },
    ];
}
