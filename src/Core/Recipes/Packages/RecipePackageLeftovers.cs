using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;

namespace Portal.Core.Recipes.Packages;

/// <summary>
/// At start, removes the packages a stopped process was importing. An import unpacks into this node's own App_Data
/// and deletes its folder when it ends, so before this process takes requests no folder there is anyone's.
/// </summary>
internal sealed class RecipePackageLeftovers(AppDataPaths paths, ILogger<RecipePackageLeftovers> logger) : IPortalInitializer
{
    public int Order => 1000;

    public Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(paths.Root, RecipePackageReader.FolderName);
        if (!Directory.Exists(folder))
        {
            return Task.CompletedTask;
        }

        var left = Directory.GetFileSystemEntries(folder);
        foreach (var entry in left)
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        if (left.Length > 0)
        {
            logger.LogInformation("Removed {Count} recipe packages that a stopped process was importing.", left.Length);
        }

        return Task.CompletedTask;
    }
}
