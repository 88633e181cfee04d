using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Themes.Default.Branding;

namespace Portal.Themes.Default;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Themes.Default.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAdminMenu<AdminMenu>();
        services.AddSiteSettings<ThemeOptions>();
        services.AddSingleton<MainNavigation>();
    }
}
