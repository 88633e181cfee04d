using Portal.Core.Modules;

namespace Portal.Web;

/// <summary>
/// The modules this host runs. Adding a module: reference its project and add its startup here; its manifest lists
/// the modules its own project references. ModuleReferencesTests checks that the three agree.
/// </summary>
internal static class PortalModules
{
    public static IReadOnlyList<ModuleStartup> All { get; } =
    [
        new Portal.Admin.Startup(),
        new Portal.Users.Startup(),
        new Portal.Taxonomies.Startup(),
        new Portal.Contents.Startup(),
        new Portal.Recipes.Startup(),
        new Portal.PlainLanguage.Startup(),
        new Portal.Media.Startup(),
        new Portal.Search.Startup(),
        new Portal.Tramites.Startup(),
        new Portal.Api.Startup(),
        new Portal.PublicSite.Startup(),
        new Portal.Blog.Startup(),
        new Portal.Infographics.Startup(),
        new Portal.Videos.Startup(),
        new Portal.Syndication.Startup(),
        new Portal.Inbox.Startup(),
        new Portal.Themes.Default.Startup(),
    ];
}
