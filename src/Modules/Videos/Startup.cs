using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Editors;
using Portal.Core.Modules;
using Portal.Videos.Items;

namespace Portal.Videos;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Videos.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds videos by address, so the type needs no table of its own.
        services.AddCitizenType<Video, VideoHandler, VideoEditor, VideoDisplay>(Video.TypeName, Video.Prefix, "Type_Video");
    }
}
