using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Syndication;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Syndication.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
