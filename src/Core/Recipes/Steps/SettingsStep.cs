using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "settings", "SiteOptions": { "siteName": "…" }, "OtherKey": { … } }</c>: each property is a settings
/// key and its object is merged over what the site has, property by property, so a recipe that sets the site name
/// keeps the rest (and the moment setup finished).
/// </summary>
internal sealed class SettingsStep(IUnitOfWork unitOfWork, ISiteSettingsStore store, IEnumerable<SiteSettingsType> types, IStringLocalizer<CoreResources> S) : IRecipeStep
{
    public const string StepName = "settings";
    private const int MaxKeyLength = 128;

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        var settings = Settings(step).ToList();
        if (settings.Count == 0)
        {
            context.AddError("$", S["Recipe_Settings_Empty"]);
        }

        foreach (var setting in settings)
        {
            var path = RecipeJson.Child("$", setting.Name);
            if (setting.Name.Length > MaxKeyLength || string.IsNullOrWhiteSpace(setting.Name))
            {
                context.AddError(path, S["Recipe_Settings_InvalidKey", setting.Name, MaxKeyLength]);
            }
            else if (setting.Value.ValueKind != JsonValueKind.Object)
            {
                context.AddError(path, S["Recipe_Settings_NotObject", setting.Name]);
            }
            else if (types.FirstOrDefault(t => t.Key != setting.Name && string.Equals(t.Key, setting.Name, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                // Keys are exact: "siteOptions" would be stored beside "SiteOptions" and never read.
                context.AddError(path, S["Recipe_Settings_KeyCase", setting.Name, known.Key]);
            }
            else if (TypeOf(setting.Name) is { } type)
            {
                try
                {
                    setting.Value.Deserialize(type, RecipeJson.StrictModelOptions);
                }
                catch (JsonException ex)
                {
                    context.AddError(RecipeJson.Combine(path, ex.Path), S["Recipe_Settings_Mismatch", setting.Name]);
                }
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        foreach (var setting in Settings(step))
        {
            // Read inside the transaction: an earlier step of this recipe may have written the same key.
            var row = await unitOfWork.Db.SiteSettings.FindAsync([setting.Name], cancellationToken);
            var merged = Merge(row?.Value, setting.Value);
            var type = TypeOf(setting.Name);
            var json = type is null
                ? merged.ToJsonString()
                : ContentSerializer.Serialize(merged.Deserialize(type, ContentSerializer.Options)!, type);
            await store.SaveRawAsync(unitOfWork, setting.Name, json, cancellationToken);
        }
    }

    private static IEnumerable<JsonProperty> Settings(JsonElement step) => step.EnumerateObject().Where(p => p.Name != "name");

    private Type? TypeOf(string key) => types.FirstOrDefault(t => t.Key == key)?.Type;

    /// <summary>The stored object with the recipe's properties laid over it; names match whatever their case.</summary>
    private static JsonObject Merge(string? stored, JsonElement incoming)
    {
        var result = stored is null ? null : JsonNode.Parse(stored) as JsonObject;
        result ??= [];
        foreach (var property in incoming.EnumerateObject())
        {
            foreach (var same in result.Select(p => p.Key).Where(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                result.Remove(same);
            }

            result[property.Name] = JsonSerializer.SerializeToNode(property.Value);
        }

        return result;
    }
}
