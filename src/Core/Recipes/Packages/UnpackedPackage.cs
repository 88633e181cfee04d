namespace Portal.Core.Recipes.Packages;

/// <summary>A package unpacked into its own folder, which goes away on dispose whatever the import did.</summary>
public sealed class UnpackedPackage(string workFolder) : IDisposable
{
    private readonly List<RecipeError> _errors = [];

    /// <summary>Where the package's files are, the recipe's folder; null when the package was refused.</summary>
    public string? Folder { get; internal set; }

    /// <summary>The text of <c>recipe.json</c>; null when the package was refused.</summary>
    public string? Recipe { get; internal set; }

    /// <summary>Why the package was refused, each with the entry it is about (or "$" for the whole package).</summary>
    public IReadOnlyList<RecipeError> Errors => _errors;

    internal void Error(string path, string message) => _errors.Add(new RecipeError(null, null, path, message));

    public void Dispose()
    {
        if (Directory.Exists(workFolder))
        {
            Directory.Delete(workFolder, recursive: true);
        }
    }
}
