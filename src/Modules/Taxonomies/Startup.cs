using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Taxonomies.Recipes;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Portal.Taxonomies.Manifest.Value;

    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPermissions<Permissions>();
        services.AddAdminMenu<AdminMenu>();
        services.AddModelContributor<TermModel>();
        services.AddMigrations(Manifest.Id, new CreateTaxonomyTerms());
        services.AddSingleton<TaxonomyCache>();
        services.AddSingleton<TermRules>();
        services.AddScoped<ITaxonomyStore, TaxonomyStore>();
        services.AddScoped<TermAdministration>();
        services.AddRecipeStep<TaxonomiesStep>();
        services.AddRecipeExporter<TaxonomiesExporter>();
    }
}
