using System.Text.Json.Nodes;

namespace Portal.Core.Recipes.Packages;

/// <summary>
/// Exports a step that names files (media), so it only fits a package: the step's relative paths are the files it
/// adds to <see cref="RecipePackageFiles"/>, and the package's folder is the recipe's folder when it is imported.
/// </summary>
public interface IRecipePackageExporter
{
    string StepName { get; }

    /// <summary>Lower goes first, among the <see cref="IRecipeExporter"/> orders (files before the content using them).</summary>
    int Order { get; }

    /// <returns>The step object including its "name", or null when there is nothing to export.</returns>
    Task<JsonObject?> ExportAsync(IServiceProvider services, RecipePackageFiles files, CancellationToken cancellationToken);
}
