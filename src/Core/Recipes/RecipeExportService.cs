using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Portal.Core.Settings;

namespace Portal.Core.Recipes;

/// <summary>Export = recipe: the site's current state written as the steps that would rebuild it.</summary>
public sealed class RecipeExportService(
    IEnumerable<IRecipeExporter> exporters,
    IServiceProvider services,
    ISiteSettingsStore settings,
    TimeProvider time,
    IStringLocalizer<CoreResources> S)
{
    public const string RecipeName = "portal-export";

    /// <param name="author">Who asked for the export; written into the recipe's metadata.</param>
    public async Task<JsonObject> ExportAsync(string author, CancellationToken cancellationToken = default)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var now = time.GetUtcNow();
        var steps = new JsonArray();
        foreach (var exporter in exporters.OrderBy(e => e.Order).ThenBy(e => e.StepName, StringComparer.Ordinal))
        {
            var step = await exporter.ExportAsync(services, cancellationToken);
            if (step is null)
            {
                continue;
            }

            // Text such as "${x}" in a page must come back as written, not be read as a variable.
            RecipeVariables.EscapeStrings(step);
            steps.Add(step);
        }

        return new JsonObject
        {
            ["name"] = RecipeName,
            ["displayName"] = S["Recipe_ExportDisplayName", site.SiteName].Value,
            ["description"] = S["Recipe_ExportDescription", now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)].Value,
            ["author"] = author,
            ["version"] = now.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture),
            ["isSetupRecipe"] = false,
            ["steps"] = steps,
        };
    }
}
