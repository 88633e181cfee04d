using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;

namespace Portal.Contents;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Contents.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
