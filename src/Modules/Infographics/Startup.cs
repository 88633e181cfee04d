using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Editors;
using Portal.Core.Modules;
using Portal.Infographics.Items;

namespace Portal.Infographics;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Infographics.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds infographics by address, so the type needs no table of its own.
        services.AddCitizenType<Infographic, InfographicHandler, InfographicEditor, InfographicDisplay>(Infographic.TypeName, Infographic.Prefix, "Type_Infographic");
    }
}
