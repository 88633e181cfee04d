using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Contents.Editors;
using Portal.Core.Modules;
using Portal.Tramites.Display;
using Portal.Tramites.Editing;
using Portal.Tramites.Model;
using Portal.Tramites.Rules;

namespace Portal.Tramites;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Tramites.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddCitizenType<TramiteContent, TramiteContentHandler, TramiteEditor, TramiteDisplay>(TramiteContent.TypeName, TramiteContent.Prefix, "Type_Tramite");
        services.AddSingleton<TramiteRules>();
        services.AddSingleton<PlainSentences>();
        services.AddSingleton<TramiteJsonLd>();
    }
}
