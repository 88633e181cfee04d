namespace Portal.Core.Recipes.Packages;

/// <summary>The files an export puts beside <c>recipe.json</c>, each opened only while the package is written.</summary>
public sealed class RecipePackageFiles
{
    private readonly SortedDictionary<string, Func<CancellationToken, Task<Stream>>> _files = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, Func<CancellationToken, Task<Stream>>>> All => _files;

    /// <param name="path">Relative, with '/' between folders, as the step names it.</param>
    public void Add(string path, Func<CancellationToken, Task<Stream>> open) => _files[path] = open;
}
