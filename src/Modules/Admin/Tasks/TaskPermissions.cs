using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Admin.Tasks;

public sealed class TaskPermissions(IStringLocalizer<TasksResources> S) : IPermissionProvider
{
    /// <summary>Seeing the scheduled tasks, running them now, switching them on and off.</summary>
    public const string ManageTasksName = "Admin.ManageTasks";
    public static readonly Permission ManageTasks = new(ManageTasksName, "", "Admin");

    public IEnumerable<Permission> GetPermissions() => [ManageTasks with { Description = S["Permission_ManageTasks"] }];

    /// <summary>Only administrators, who hold every permission: tasks touch the whole site.</summary>
    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
