using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Admin.Features;
using Portal.Admin.Navigation;
using Portal.Admin.Tasks;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Admin;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Admin.Manifest.Value;

    public override int Order => -100;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddScoped<AdminMenuBuilder>();
        services.AddSingleton<FeatureTexts>();
        services.AddTaskAdmin();
    }
}
