using System.Text.Json;
using Microsoft.Extensions.Localization;
using Portal.Core.Features;
using Portal.Core.Modules;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "features", "enable": ["Contents"], "disable": ["Blog"] }</c>. Disabling runs first, so when both
/// touch a shared dependency the enabled feature keeps it.
/// </summary>
internal sealed class FeaturesStep(IUnitOfWork unitOfWork, IFeatureManager features, ModuleCatalog catalog, IStringLocalizer<CoreResources> S) : IRecipeStep
{
    public const string StepName = "features";
    private const string Enable = "enable";
    private const string Disable = "disable";

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var property in step.EnumerateObject().Where(p => p.Name is not ("name" or Enable or Disable)))
        {
            context.AddError(RecipeJson.Child("$", property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        if (!step.TryGetProperty(Enable, out _) && !step.TryGetProperty(Disable, out _))
        {
            context.AddError("$", S["Recipe_Features_Empty"]);
        }

        var enable = ReadIds(step, Enable, context);
        var disable = ReadIds(step, Disable, context);
        foreach (var (id, path) in enable.Concat(disable))
        {
            if (catalog.FindFeature(id) is null)
            {
                context.AddError(path, S["Recipe_Features_Unknown", id]);
            }
        }

        foreach (var (id, path) in disable)
        {
            if (catalog.FindFeature(id) is { Manifest.AlwaysOn: true })
            {
                context.AddError(path, S["Recipe_Features_AlwaysOn", id]);
            }

            if (enable.Any(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                context.AddError(path, S["Recipe_Features_Both", id]);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        foreach (var (id, path) in Ids(step, Disable))
        {
            try
            {
                await features.SetEnabledAsync(unitOfWork, id, enabled: false, cancellationToken);
            }
            catch (FeatureException)
            {
                // Only an always-on feature that depends on this one can refuse here; validation saw the direct case.
                throw new RecipeStepException(path, S["Recipe_Features_Required", id]);
            }
        }

        foreach (var (id, _) in Ids(step, Enable))
        {
            await features.SetEnabledAsync(unitOfWork, id, enabled: true, cancellationToken);
        }
    }

    private List<(string Id, string Path)> ReadIds(JsonElement step, string property, RecipeValidationContext context)
    {
        if (!step.TryGetProperty(property, out var list))
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            context.AddError(RecipeJson.Child("$", property), S["Recipe_NotArray", property]);
            return [];
        }

        var index = 0;
        foreach (var id in list.EnumerateArray())
        {
            if (id.ValueKind != JsonValueKind.String)
            {
                context.AddError(RecipeJson.Item(RecipeJson.Child("$", property), index), S["Recipe_Features_NotId"]);
            }

            index++;
        }

        return Ids(step, property).ToList();
    }

    private static IEnumerable<(string Id, string Path)> Ids(JsonElement step, string property)
    {
        if (!step.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var id in list.EnumerateArray())
        {
            if (id.ValueKind == JsonValueKind.String)
            {
                yield return (id.GetString()!, RecipeJson.Item(RecipeJson.Child("$", property), index));
            }

            index++;
        }
    }
}
