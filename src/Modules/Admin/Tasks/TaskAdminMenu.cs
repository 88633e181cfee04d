using Microsoft.Extensions.Localization;
using Portal.Core.Navigation;

namespace Portal.Admin.Tasks;

public sealed class TaskAdminMenu(IStringLocalizer<TasksResources> S) : IAdminMenuProvider
{
    public const string Url = "/admin/tareas";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new(S["Menu_Tasks"], Url, S["Menu_Group_System"], 900) { Permission = TaskPermissions.ManageTasks },
    ];
}
