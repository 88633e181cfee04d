using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Recipes;

public sealed class Startup : ModuleStartup
{
    public const string AdminPath = "/admin/recetas";

    public override ModuleManifest Manifest => Portal.Recipes.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
    }
}
