using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Tramites.Display;
using Portal.Tramites.Editing;
using Portal.Tramites.Model;
using Portal.Tramites.Public;
using Portal.Tramites.Rules;

namespace Portal.Tramites;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Tramites.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentType<TramiteContent>(TramiteContent.TypeName, t => t.Common.Title, o => o.DisplayName = "Type_Tramite");
        services.AddSingleton<TramiteRules>();
        services.AddSingleton<PlainSentences>();
        services.AddSingleton<TramiteJsonLd>();
        services.AddContentHandler<TramiteContentHandler>();
        services.AddContentEditor<TramiteEditor>();
        services.AddContentDisplay<TramiteDisplay>();
        services.AddScoped<PublishedTramites>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IContentUrlProvider, TramiteUrlProvider>());
    }
}
