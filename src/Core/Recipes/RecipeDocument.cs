using System.Text.Json;

namespace Portal.Core.Recipes;

/// <summary>A recipe that passed the envelope checks, its variables resolved and substituted into its steps.</summary>
public sealed record RecipeDocument(
    string Name,
    string? DisplayName,
    string? Description,
    string? Author,
    string? Version,
    bool IsSetupRecipe,
    IReadOnlyDictionary<string, string> Variables,
    IReadOnlyList<RecipeStepData> Steps);

/// <param name="Index">Zero-based position in "steps".</param>
/// <param name="Json">The step object, "name" included.</param>
public sealed record RecipeStepData(int Index, string Name, JsonElement Json);

public sealed record RecipeParseResult(RecipeDocument? Document, IReadOnlyList<RecipeError> Errors)
{
    public bool Succeeded => Document is not null;
}
