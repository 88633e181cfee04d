using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Portal.Core.Recipes.Packages;
using Portal.Core.Settings;

namespace Portal.Core.Recipes;

/// <summary>Export = recipe: the site's current state written as the steps that would rebuild it.</summary>
public sealed class RecipeExportService(
    IEnumerable<IRecipeExporter> exporters,
    IEnumerable<IRecipePackageExporter> packageExporters,
    IServiceProvider services,
    ISiteSettingsStore settings,
    TimeProvider time,
    IStringLocalizer<CoreResources> S)
{
    public const string RecipeName = "portal-export";

    /// <summary>The recipe alone, without the steps that need files beside it (media): it imports where those files already are.</summary>
    /// <param name="author">Who asked for the export; written into the recipe's metadata.</param>
    public Task<JsonObject> ExportAsync(string author, CancellationToken cancellationToken = default) =>
        ExportAsync(author, files: null, cancellationToken);

    /// <summary>
    /// The package a new site imports: a zip with <c>recipe.json</c>, which adds the steps that name files, and those
    /// files under the paths the steps give.
    /// </summary>
    public async Task ExportPackageAsync(string author, Stream output, CancellationToken cancellationToken = default)
    {
        var files = new RecipePackageFiles();
        var recipe = await ExportAsync(author, files, cancellationToken);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await AddAsync(zip, RecipePackageReader.RecipeEntry, _ => Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(RecipeJson.Serialize(recipe)))), cancellationToken);
        foreach (var (path, open) in files.All)
        {
            await AddAsync(zip, path, open, cancellationToken);
        }
    }

    private static async Task AddAsync(ZipArchive zip, string path, Func<CancellationToken, Task<Stream>> open, CancellationToken cancellationToken)
    {
        await using var content = await open(cancellationToken);
        await using var entry = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        await content.CopyToAsync(entry, cancellationToken);
    }

    private async Task<JsonObject> ExportAsync(string author, RecipePackageFiles? files, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var now = time.GetUtcNow();
        var steps = new JsonArray();
        var parts = exporters.Select(e => (e.Order, e.StepName, Export: (Func<Task<JsonObject?>>)(() => e.ExportAsync(services, cancellationToken))))
            .Concat(files is null ? [] : packageExporters.Select(e => (e.Order, e.StepName, Export: (Func<Task<JsonObject?>>)(() => e.ExportAsync(services, files, cancellationToken)))));
        foreach (var part in parts.OrderBy(p => p.Order).ThenBy(p => p.StepName, StringComparer.Ordinal))
        {
            var step = await part.Export();
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
