using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Recipes;

/// <summary>
/// Auto-setup: on a site that was never set up, runs the configured recipe and marks setup complete in the same
/// transaction, so a crash midway leaves a site that simply sets itself up again. After migrations (0) and the
/// feature snapshot (10), before the roles and administrator (200). An invalid recipe stops start-up.
/// </summary>
internal sealed class SetupRecipeInitializer(IOptions<SetupOptions> options, IHostEnvironment environment, TimeProvider time, ILogger<SetupRecipeInitializer> logger) : IPortalInitializer
{
    /// <summary>The owner of what the setup recipe creates.</summary>
    public const string SetupUser = "setup";

    public int Order => 100;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        if ((await ReadSiteOptionsAsync(unitOfWork, cancellationToken))?.SetupCompletedUtc is not null)
        {
            return;
        }

        var path = ResolveRecipe(options.Value.Recipe);
        var result = await services.GetRequiredService<IRecipeExecutor>()
            .ExecuteFileAsync(path, SetupUser, cancellationToken);
        if (!result.Succeeded)
        {
            var S = services.GetRequiredService<IStringLocalizer<CoreResources>>();
            throw new RecipeSetupException($"The setup recipe {path} was not applied; the site is unchanged:{Environment.NewLine}"
                + string.Join(Environment.NewLine, result.Errors.Select(e => e.Describe(S))));
        }

        // The recipe may have written SiteOptions a moment ago, in this transaction: read it from there.
        var site = await ReadSiteOptionsAsync(unitOfWork, cancellationToken) ?? new SiteOptions();
        site.SetupCompletedUtc = time.GetUtcNow().UtcDateTime;
        await services.GetRequiredService<ISiteSettingsStore>().SaveAsync(unitOfWork, site, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        logger.LogInformation("Set up the site with the recipe {Recipe} from {Path}", result.RecipeName, path);
    }

    private static async Task<SiteOptions?> ReadSiteOptionsAsync(IUnitOfWork unitOfWork, CancellationToken cancellationToken)
    {
        var row = await unitOfWork.Db.SiteSettings.FindAsync([ISiteSettingsStore.KeyOf<SiteOptions>()], cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<SiteOptions>(row.Value, ContentSerializer.Options);
    }

    private string ResolveRecipe(string recipe)
    {
        string[] candidates = Path.IsPathRooted(recipe)
            ? [recipe]
            : [Path.Combine(AppContext.BaseDirectory, recipe), Path.Combine(environment.ContentRootPath, recipe)];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new RecipeSetupException($"The setup recipe was not found (looked for {string.Join(" and ", candidates)}). "
                + $"Set {SetupOptions.Section}:{nameof(SetupOptions.Recipe)} to a recipe file.");
    }
}

/// <summary>Stops start-up: a fresh site without a working setup recipe would serve an empty, unnamed portal.</summary>
public sealed class RecipeSetupException(string message) : Exception(message);
