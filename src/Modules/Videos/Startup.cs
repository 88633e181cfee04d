using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Videos.Items;

namespace Portal.Videos;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Videos.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds videos by address, so the type needs no table of its own.
        services.AddContentType<Video>(Video.TypeName, v => v.Common.Title, o => o.DisplayName = "Type_Video");
        services.AddContentHandler<VideoHandler>();
        services.AddContentEditor<VideoEditor>();
        services.AddContentDisplay<VideoDisplay>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentUrlProvider, VideoUrlProvider>());
    }
}
