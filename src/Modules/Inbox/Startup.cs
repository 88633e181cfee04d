using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Inbox.Access;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
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
        services.AddMigrations(Manifest.Id, new CreateInbox(), new AddPrivacy());
        services.AddSiteSettings<InboxSettings>();

        services.AddSingleton<InboxFeed>();
        services.AddClusterSignalHandler<InboxWake>();
        services.AddScoped<RequestLog>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<RequestAccess>();

        services.AddModelContributor<PrivacyModel>();
        services.AddScoped<IRequestObserver, PersonalDataObserver>();
        services.AddSingleton<PersonalDataGuard>();
        services.AddScoped<MoveToPrivate>();
        services.AddScoped<Redaction>();
        services.AddScoped<RedactionPanel>();
        services.AddScoped<Retention>();
        services.AddBackgroundTask<RetentionTask>();
    }
}
