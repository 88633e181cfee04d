using System.Collections.Concurrent;
using System.Reflection;

namespace Portal.Core.Hosting;

/// <summary>
/// Each module keeps its texts in one resource class at its root namespace (e.g. <c>Portal.Users.UsersResources</c>).
/// Validation attributes and views anywhere in the module resolve their keys there.
/// </summary>
public static class ModuleResources
{
    private static readonly ConcurrentDictionary<Assembly, Type?> Cache = new();

    public static Type? For(Assembly assembly) => Cache.GetOrAdd(assembly, a =>
    {
        var root = a.GetName().Name!;
        var candidates = a.GetTypes().Where(t => t.Namespace == root && t.IsClass && t.Name.EndsWith("Resources", StringComparison.Ordinal)).ToList();
        // A module may keep several resource classes; the one named after the module (AdminResources in Portal.Admin) is the default.
        return candidates.FirstOrDefault(t => t.Name == root[(root.LastIndexOf('.') + 1)..] + "Resources") ?? candidates.FirstOrDefault();
    });
}
