using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Admin;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Admin.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
