namespace Portal.Core.Modules;

/// <summary>The host's modules in dependency order, with their features. Built once at start-up.</summary>
public sealed class ModuleCatalog
{
    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = ModuleSorter.Sort(modules);
        Features = [.. Modules.Select(m => new FeatureDescriptor(m.Manifest, m.Manifest.Feature))];
        var duplicate = Features.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ModuleLoadException($"The feature '{duplicate.Key}' is declared by more than one module: "
                + string.Join(", ", duplicate.Select(f => f.Module.Id)) + ".");
        }

        foreach (var feature in Features)
        {
            var missing = feature.Manifest.Dependencies.Where(d => FindFeature(d) is null).ToList();
            if (missing.Count > 0)
            {
                throw new ModuleLoadException($"The feature '{feature.Id}' of module '{feature.Module.Id}' depends on "
                    + $"feature(s) that no module declares: {string.Join(", ", missing)}.");
            }
        }
    }

    public IReadOnlyList<ModuleStartup> Modules { get; }

    public IReadOnlyList<FeatureDescriptor> Features { get; }

    public FeatureDescriptor? FindFeature(string id) =>
        Features.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));
}

public sealed record FeatureDescriptor(ModuleManifest Module, FeatureManifest Manifest)
{
    public string Id => Manifest.Id;
}

public sealed class ModuleLoadException(string message) : Exception(message);
