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
        var root = a.GetName().Name;
        return a.GetTypes().FirstOrDefault(t => t.Namespace == root && t.Name.EndsWith("Resources", StringComparison.Ordinal) && t.IsClass);
    });
}
