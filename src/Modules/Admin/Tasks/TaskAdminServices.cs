using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;

namespace Portal.Admin.Tasks;

public static class TaskAdminServices
{
    /// <summary>The scheduled tasks page: its permission, its menu entry and its service.</summary>
    public static IServiceCollection AddTaskAdmin(this IServiceCollection services)
    {
        services.AddPermissions<TaskPermissions>();
        services.AddAdminMenu<TaskAdminMenu>();
        services.AddScoped<TaskAdminService>();
        return services;
    }
}
