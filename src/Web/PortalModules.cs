using Portal.Core.Modules;

namespace Portal.Web;

/// <summary>The modules this host runs. Adding a module: reference its project and add its startup here.</summary>
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
        new Portal.Syndication.Startup(),
        new Portal.Themes.Default.Startup(),
    ];
}
