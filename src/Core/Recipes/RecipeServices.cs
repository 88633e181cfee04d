using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Recipes.Packages;
using Portal.Core.Recipes.Steps;
using Portal.Core.Settings;

namespace Portal.Core.Recipes;

internal static class RecipeServices
{
    /// <summary>The parser, executor and exporter, the core steps, and auto-setup.</summary>
    public static IServiceCollection AddRecipeFramework(this IServiceCollection services)
    {
        services.AddOptions<SetupOptions>().BindConfiguration(SetupOptions.Section);
        services.AddSingleton<RecipeParser>();
        services.AddOptions<RecipePackageOptions>().BindConfiguration(RecipePackageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RecipePackageReader>();
        services.AddScoped<IRecipeExecutor, RecipeExecutor>();
        services.AddScoped<RecipeRun>();
        services.AddScoped<RecipeExportService>();
        services.AddRecipeStep<SettingsStep>();
        services.AddRecipeStep<FeaturesStep>();
        services.AddRecipeStep<ContentStep>();
        services.AddRecipeExporter<SettingsExporter>();
        services.AddRecipeExporter<FeaturesExporter>();
        services.AddRecipeExporter<ContentExporter>();
        services.AddSiteSettings<SiteOptions>();
        services.AddSingleton<IPortalInitializer, SetupRecipeInitializer>();
        services.AddSingleton<IPortalInitializer, RecipePackageLeftovers>();
        return services;
    }
}
