using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;

namespace Portal.Core.Tasks;

internal static class BackgroundTaskServices
{
    public static IServiceCollection AddBackgroundTaskScheduler(this IServiceCollection services)
    {
        services.AddOptions<BackgroundTaskOptions>().BindConfiguration(BackgroundTaskOptions.Section)
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Portal:Tasks:PollInterval must be positive.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(3), "Portal:Tasks:LeaseDuration must be at least three seconds.")
            .ValidateOnStart();
        services.AddSingleton<BackgroundTaskCatalog>();
        services.AddSingleton<TaskLeaseStore>();
        services.AddSingleton<BackgroundTaskSignal>();
        services.AddSingleton<IBackgroundTaskTrigger>(sp => sp.GetRequiredService<BackgroundTaskSignal>());
        services.AddSingleton<IPortalInitializer, TaskLeaseInitializer>();
        services.AddHostedService<BackgroundTaskScheduler>();
        return services;
    }
}
