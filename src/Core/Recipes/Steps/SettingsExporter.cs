using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Settings;

namespace Portal.Core.Recipes.Steps;

/// <summary>Every stored settings key, as the settings step reads it back.</summary>
internal sealed class SettingsExporter : IRecipeExporter
{
    public string StepName => SettingsStep.StepName;

    public int Order => 10;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var all = await services.GetRequiredService<ISiteSettingsStore>().GetAllRawAsync(cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        var step = new JsonObject { ["name"] = StepName };
        foreach (var (key, value) in all.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            step[key] = JsonNode.Parse(value);
        }

        return step;
    }
}
