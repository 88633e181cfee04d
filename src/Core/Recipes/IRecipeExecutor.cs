namespace Portal.Core.Recipes;

/// <summary>Runs recipes: setup, admin imports, tests.</summary>
public interface IRecipeExecutor
{
    /// <summary>
    /// Parses the recipe and validates every step before writing anything, then runs all steps inside the scope's
    /// unit of work. On success the work is left uncommitted, so the caller commits it (with writes of its own if
    /// needed); on any failure the unit of work is rolled back and the result says which step failed and why.
    /// </summary>
    /// <param name="user">Who runs it; content the recipe creates is owned by this user name.</param>
    /// <param name="origin">Whether the file is the operator's or an upload, which may not read configuration.</param>
    Task<RecipeResult> ExecuteAsync(string json, string user, RecipeOrigin origin, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a recipe file the server's operator chose, as <see cref="ExecuteAsync"/> with <see cref="RecipeOrigin.Server"/>;
    /// steps may read files it names relative to its folder (<see cref="RecipeValidationContext.Folder"/>).
    /// </summary>
    Task<RecipeResult> ExecuteFileAsync(string path, string user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs an uploaded package (a zip with <c>recipe.json</c> and the files it names), as <see cref="ExecuteAsync"/>
    /// with <see cref="RecipeOrigin.Upload"/> and the unpacked package as the recipe's folder. A package that may not be
    /// unpacked is refused before the recipe is read; the unpacked files are gone when this returns.
    /// </summary>
    Task<RecipeResult> ExecutePackageAsync(Stream package, string user, CancellationToken cancellationToken = default);
}
