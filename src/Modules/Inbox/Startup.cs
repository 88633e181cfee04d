using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Navigation;
using Portal.Core.Cluster;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Inbox.Access;
using Portal.Inbox.Clocks;
using Portal.Inbox.People;
using Portal.Inbox.Reports;
using Portal.Inbox.Requests;

namespace Portal.Inbox;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Inbox.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<InboxModel>();
        services.AddMigrations(Manifest.Id, new CreateInbox());
        services.AddSiteSettings<InboxSettings>();

        services.AddSingleton<InboxFeed>();
        services.AddClusterSignalHandler<InboxWake>();
        services.AddScoped<RequestLog>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<RequestAccess>();

        services.AddModelContributor<ClocksModel>();
        services.AddMigrations(Manifest.Id, new AddClocks());
        services.AddSiteSettings<ClockSettings>();
        services.AddSingleton<ClockRulesCache>();
        services.AddSingleton<IClusterSignalHandler>(sp => sp.GetRequiredService<ClockRulesCache>());
        services.AddScoped<IRequestObserver, ClockObserver>();
        services.AddScoped<RequestDeadlines>();
        services.AddBackgroundTask<ClockWarningTask>();
        services.AddScoped<IDashboardNoticeProvider, DeadlinesDashboardNotice>();
        services.AddScoped<ResponseReport>();
    }
}
