using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.PublicSite.Accessibility;
using Portal.PublicSite.Feeds;
using Portal.PublicSite.Home;
using Portal.PublicSite.Sitemap;
using Portal.PublicSite.Terms;

namespace Portal.PublicSite;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.PublicSite.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddAdminMenu<AdminMenu>();

        // The home page and its admin page.
        services.AddSiteSettings<HomeOptions>();
        services.AddScoped<HomeQuery>();

        // Topic and life-event pages, feeds, sitemap.
        services.AddScoped<TermCounts>();
        services.AddScoped<TermPageQuery>();
        services.AddScoped<FeedBuilder>();
        services.AddSingleton<IConfigureOptions<MvcOptions>, SectionFeedRoutes>();
        services.AddScoped<SitemapQuery>();
        services.AddOptions<SitemapOptions>().BindConfiguration(SitemapOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // The accessibility statement: a singleton content type.
        services.AddContentType<AccessibilityStatement>(AccessibilityStatement.TypeName, m => m.Scope, o =>
        {
            o.DisplayName = "Type_Statement";
            o.Path = ContentPath.Fixed(PublicPaths.AccessibilityStatement);
            o.SyndicatedByDefault = false;
        });
        services.AddContentHandler<StatementHandler>();
        services.AddContentEditor<StatementEditor>();
        services.AddContentDisplay<StatementDisplay>();
    }
}
