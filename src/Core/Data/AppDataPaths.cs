using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Core.Data;

/// <summary>Where the site keeps its own files. Never under wwwroot.</summary>
public sealed class AppDataPaths
{
    private readonly string _contentRoot;
    private readonly ConcurrentDictionary<string, bool> _moved = new(StringComparer.Ordinal);

    public AppDataPaths(IOptions<DatabaseOptions> options, IWebHostEnvironment environment)
    {
        _contentRoot = environment.ContentRootPath;
        Root = Resolve(options.Value.AppDataPath, _contentRoot);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>The folders moved out of App_Data that are in use (a shared media mount): the disk check watches them too.</summary>
    public IReadOnlyCollection<string> MovedFolders => [.. _moved.Keys];

    /// <summary>A folder under the root, created on first use.</summary>
    public string Folder(string name)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// A folder an operator may move out of App_Data (onto a mount every node shares): <paramref name="configured"/>
    /// when set, relative to the content root, else <paramref name="name"/> under the root. Created on first use.
    /// </summary>
    public string Folder(string? configured, string name)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return Folder(name);
        }

        var path = Resolve(configured, _contentRoot);
        Directory.CreateDirectory(path);
        _moved.TryAdd(path, true);
        return path;
    }

    private static string Resolve(string path, string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, path));
}
