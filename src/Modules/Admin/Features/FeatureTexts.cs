using Microsoft.Extensions.Localization;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Admin.Features;

/// <summary>
/// Module and feature names as administrators read them. Each module words its own in its resources
/// (<c>Module_&lt;Id&gt;_Name</c>, <c>Feature_&lt;Id&gt;_Name</c>, and <c>_Description</c>); the manifest's text is the fallback.
/// </summary>
public sealed class FeatureTexts
{
    private readonly ModuleCatalog _catalog;
    private readonly Dictionary<string, IStringLocalizer> _localizers;

    public FeatureTexts(ModuleCatalog catalog, IStringLocalizerFactory factory)
    {
        _catalog = catalog;
        _localizers = new(StringComparer.OrdinalIgnoreCase);
        foreach (var module in catalog.Modules)
        {
            if (ModuleResources.For(module.GetType().Assembly) is { } resources)
            {
                _localizers[module.Manifest.Id] = factory.Create(resources);
            }
        }
    }

    public string ModuleName(ModuleManifest module) => Text(module.Id, $"Module_{module.Id}_Name", module.Name);

    public string ModuleDescription(ModuleManifest module) => Text(module.Id, $"Module_{module.Id}_Description", module.Description);

    public string FeatureName(FeatureDescriptor feature) => Text(feature.Module.Id, $"Feature_{feature.Id}_Name", feature.Manifest.Name);

    public string FeatureDescription(FeatureDescriptor feature) => Text(feature.Module.Id, $"Feature_{feature.Id}_Description", feature.Manifest.Description);

    /// <summary>A permission's category is the id of the module that declares it; shown as that module's name.</summary>
    public string CategoryName(string category) =>
        _catalog.Modules.FirstOrDefault(m => string.Equals(m.Manifest.Id, category, StringComparison.OrdinalIgnoreCase)) is { } module
            ? ModuleName(module.Manifest)
            : category;

    private string Text(string moduleId, string key, string fallback)
    {
        if (_localizers.TryGetValue(moduleId, out var localizer))
        {
            var text = localizer[key];
            if (!text.ResourceNotFound)
            {
                return text.Value;
            }
        }

        return fallback;
    }
}
