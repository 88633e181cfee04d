using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Settings;
using Portal.Media.Admin;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Library;
using Portal.Media.Picker;
using Portal.Media.Recipes;
using Portal.Media.Sharing;
using Portal.Media.Storage;
using Portal.Media.Theming;
using Portal.Media.Uploads;

namespace Portal.Media;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Media.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddMigrations(Manifest.Id, new CreateMediaAssets(), new CreateContentMediaIndex());
        services.AddModelContributor<MediaModel>();
        services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Widths.All(w => w is >= 1 and <= ImageVariant.MaxWidth), $"Portal:Media:Widths must be between 1 and {ImageVariant.MaxWidth}.")
            .ValidateOnStart();

        services.TryAddSingleton<IMediaStorage, FileSystemMediaStorage>();
        services.AddSingleton<IPortalInitializer, MediaLeftovers>();
        services.AddSingleton<UploadInspector>();
        services.AddScoped<IMediaLibrary, MediaLibrary>();
        services.AddScoped<MediaListQuery>();

        // Image variants and the addresses that serve them.
        services.AddSingleton<MediaUrlSigner>();
        services.AddSingleton<MediaUrls>();
        services.AddSingleton<ImageVariants>();

        // Content that uses assets: where each is used, and the checks and picker of editor forms.
        services.AddScoped<IContentIndexProvider, ContentMediaIndexProvider>();
        services.AddMediaUsageProvider<ContentMediaUsages>();
        services.AddScoped<MediaReferenceValidator>();
        services.AddScoped<SharedImages>();
        services.AddRecipeStep<MediaStep>();

        // The council's coat of arms or logo, which the setup and settings pages take and the theme shows.
        services.AddSiteSettings<SiteLogoSettings>();
        services.AddScoped<ISiteLogo, SiteLogo>();
        services.AddMediaUsageProvider<SiteLogoUsage>();
        services.AddRecipePackageExporter<MediaExporter>();
    }
}
