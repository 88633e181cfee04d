using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.PlainLanguage.Api;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;

namespace Portal.PlainLanguage;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.PlainLanguage.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlainLanguageOptions>().BindConfiguration(PlainLanguageOptions.Section);
        // The word lists are read and compiled once; checking is pure and thread-safe.
        services.AddSingleton<PlainLanguageChecker>();
        services.AddSingleton<AnalyzeResultMapper>();
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddSiteSettings<JargonSettings>();
        services.AddSingleton<JargonList>();
    }
}
