using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Features;

namespace Portal.Core.Recipes.Steps;

/// <summary>The switchable features, on and off; always-on ones need no say.</summary>
internal sealed class FeaturesExporter : IRecipeExporter
{
    public string StepName => FeaturesStep.StepName;

    public int Order => 20;

    public Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var switchable = services.GetRequiredService<IFeatureManager>().List().Where(f => !f.Feature.Manifest.AlwaysOn).ToList();
        if (switchable.Count == 0)
        {
            return Task.FromResult<JsonObject?>(null);
        }

        return Task.FromResult<JsonObject?>(new JsonObject
        {
            ["name"] = StepName,
            ["enable"] = new JsonArray([.. switchable.Where(f => f.Enabled).Select(f => JsonValue.Create(f.Feature.Id))]),
            ["disable"] = new JsonArray([.. switchable.Where(f => !f.Enabled).Select(f => JsonValue.Create(f.Feature.Id))]),
        });
    }
}
