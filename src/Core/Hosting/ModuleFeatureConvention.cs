using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Portal.Core.Features;
using Portal.Core.Modules;

namespace Portal.Core.Hosting;

/// <summary>
/// Tags every controller and page of a module with the module's feature, unless the class
/// names another, so switching a feature off hides its UI without each page saying so.
/// </summary>
internal sealed class ModuleFeatureConvention(ModuleCatalog catalog) : IControllerModelConvention, IPageApplicationModelConvention
{
    private readonly Dictionary<Assembly, string> _featureByAssembly = catalog.Modules
        .GroupBy(m => m.GetType().Assembly)
        .ToDictionary(g => g.Key, g => g.First().Manifest.Feature.Id);

    public void Apply(ControllerModel controller)
    {
        if (controller.Attributes.OfType<RequireFeatureAttribute>().Any())
        {
            return;
        }

        if (_featureByAssembly.TryGetValue(controller.ControllerType.Assembly, out var feature))
        {
            foreach (var selector in controller.Selectors)
            {
                selector.EndpointMetadata.Add(new RequireFeatureAttribute(feature));
            }
        }
    }

    public void Apply(PageApplicationModel model)
    {
        if (model.HandlerTypeAttributes.OfType<RequireFeatureAttribute>().Any())
        {
            return;
        }

        if (_featureByAssembly.TryGetValue(model.HandlerType.Assembly, out var feature))
        {
            model.EndpointMetadata.Add(new RequireFeatureAttribute(feature));
        }
    }
}
