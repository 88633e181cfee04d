using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Search.Indexing;
using Portal.Search.Querying;
using Portal.Search.Synonyms;

namespace Portal.Search;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Search.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddSiteSettings<SearchSettings>();
        services.AddSingleton<SearchConfigurations>();
        services.AddSingleton<SearchIndexStore>();
        services.AddSingleton<SearchIndexMaintenance>();
        services.AddSingleton<SiteSearch>();
        services.AddHostedService<SearchIndexKeeper>();
        services.AddBackgroundTask<SearchCatchUpTask>();
        services.AddScoped<SearchIndexer>();
        services.AddScoped<ISearchDocumentSource, PageDocumentSource>();
        services.AddScoped<ISearchDocumentSource, CitizenDocumentSource>();
        services.AddContentHandler<SearchContentHandler>();
        services.AddClusterSignalHandler<SearchIndexSignal>();
    }
}
