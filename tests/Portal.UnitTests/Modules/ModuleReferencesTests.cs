using System.Reflection;
using System.Xml.Linq;
using Portal.Core.Modules;
using Portal.Web;

namespace Portal.UnitTests.Modules;

/// <summary>
/// A module's dependencies are said in three places: its project's references, the host's list and its manifest.
/// The compiler checks none of them against the others, so these tests do.
/// </summary>
public sealed class ModuleReferencesTests
{
    private static readonly Dictionary<string, ModuleStartup> ByAssembly =
        PortalModules.All.ToDictionary(m => AssemblyName(m.GetType().Assembly), StringComparer.Ordinal);

    public static TheoryData<string> Modules => [.. PortalModules.All.Select(m => m.Manifest.Id)];

    [Fact]
    public void The_host_lists_exactly_the_modules_it_references()
    {
        var referenced = ModuleReferences("Portal.Web");

        Assert.Equal(referenced.Order(StringComparer.Ordinal), ByAssembly.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_manifest_declares_exactly_the_modules_its_project_references(string id)
    {
        var module = PortalModules.All.Single(m => m.Manifest.Id == id);

        var referenced = ModuleReferences(AssemblyName(module.GetType().Assembly)).Select(a => ByAssembly.TryGetValue(a, out var m) ? m.Manifest.Id : a);

        Assert.Equal(referenced.Order(StringComparer.Ordinal), module.Manifest.Dependencies.Order(StringComparer.Ordinal));
    }

    /// <summary>A module compiled against another only through a third still depends on it, and must say so.</summary>
    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_only_the_modules_its_project_references(string id)
    {
        var module = PortalModules.All.Single(m => m.Manifest.Id == id);
        var assembly = module.GetType().Assembly;

        var used = assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(ByAssembly.ContainsKey);

        Assert.Subset(ModuleReferences(AssemblyName(assembly)).ToHashSet(StringComparer.Ordinal), used.ToHashSet(StringComparer.Ordinal));
    }

    private static string AssemblyName(Assembly assembly) => assembly.GetName().Name!;

    /// <summary>The projects other than Core that a project references, by assembly name (each project file is named after its assembly).</summary>
    private static IEnumerable<string> ModuleReferences(string project)
    {
        var file = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), project + ".csproj", SearchOption.AllDirectories).Single();
        return XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .Where(name => name != "Portal.Core");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);
        }

        return directory.FullName;
    }
}
