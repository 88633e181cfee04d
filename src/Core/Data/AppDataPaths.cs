using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Portal.Core.Data;

/// <summary>Where the site keeps its own files. Never under wwwroot.</summary>
public sealed class AppDataPaths
{
    public AppDataPaths(IOptions<DatabaseOptions> options, IWebHostEnvironment environment)
    {
        Root = Resolve(options.Value.AppDataPath, environment.ContentRootPath);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>A folder under the root, created on first use.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    public static string Resolve(IConfiguration configuration, IWebHostEnvironment environment) =>
        Resolve(configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.AppDataPath)}"] ?? "App_Data", environment.ContentRootPath);

    private static string Resolve(string path, string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, path));
}
