using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Infographics.Items;

namespace Portal.Infographics;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Infographics.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        // The catalog index (from Contents) finds infographics by address, so the type needs no table of its own.
        services.AddContentType<Infographic>(Infographic.TypeName, i => i.Common.Title, o => o.DisplayName = "Type_Infographic");
        services.AddContentHandler<InfographicHandler>();
        services.AddContentEditor<InfographicEditor>();
        services.AddContentDisplay<InfographicDisplay>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentUrlProvider, InfographicUrlProvider>());
    }
}
