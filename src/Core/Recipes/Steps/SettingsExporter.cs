using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Settings;

namespace Portal.Core.Recipes.Steps;

/// <summary>Every stored settings key, as the settings step reads it back.</summary>
internal sealed class SettingsExporter : IRecipeExporter
{
    // The settings step merges over what the target site has: a property left empty here must say so explicitly.
    private static readonly JsonSerializerOptions WithNulls = new(ContentSerializer.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    public string StepName => SettingsStep.StepName;

    public int Order => 10;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var all = await services.GetRequiredService<ISiteSettingsStore>().GetAllRawAsync(cancellationToken);
        if (all.Count == 0)
        {
            return null;
        }

        var types = services.GetServices<SiteSettingsType>().ToList();
        var step = new JsonObject { ["name"] = StepName };
        foreach (var (key, value) in all.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var type = types.FirstOrDefault(t => t.Key == key)?.Type;
            step[key] = type is null
                ? JsonNode.Parse(value)
                : JsonSerializer.SerializeToNode(ContentSerializer.Deserialize(value, type), type, WithNulls);
        }

        return step;
    }
}
