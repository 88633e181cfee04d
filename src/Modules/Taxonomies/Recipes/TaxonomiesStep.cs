using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Recipes;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Recipes;

/// <summary>
/// <c>{ "name": "taxonomies", "vocabularies": { "temas": [ { "slug", "name", "description", "siaCode" } ], ... } }</c>.
/// Creates or updates terms by slug, listed ones first in the listed order; terms the recipe does not name stay.
/// </summary>
internal sealed class TaxonomiesStep(TermRules rules, IStringLocalizer<TaxonomiesResources> S) : IRecipeStep
{
    public const string StepName = "taxonomies";
    private const string VocabulariesProperty = "vocabularies";
    private static readonly string[] TermProperties = ["slug", "name", "description", "siaCode"];

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var property in step.EnumerateObject().Where(p => p.Name is not ("name" or VocabulariesProperty)))
        {
            context.AddError(RecipeJson.Child("$", property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        if (!step.TryGetProperty(VocabulariesProperty, out var vocabularies) || vocabularies.ValueKind != JsonValueKind.Object)
        {
            context.AddError("$.vocabularies", S["Recipe_VocabulariesRequired"]);
            return Task.CompletedTask;
        }

        foreach (var vocabulary in vocabularies.EnumerateObject())
        {
            var path = RecipeJson.Child("$.vocabularies", vocabulary.Name);
            if (!Vocabularies.Exists(vocabulary.Name))
            {
                context.AddError(path, S["Recipe_VocabularyUnknown", vocabulary.Name, string.Join(", ", Vocabularies.All)]);
            }
            else if (vocabulary.Value.ValueKind != JsonValueKind.Array)
            {
                context.AddError(path, S["Recipe_TermsNotArray", vocabulary.Name]);
            }
            else
            {
                ValidateTerms(vocabulary.Value, path, context);
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var administration = context.Services.GetRequiredService<TermAdministration>();
        foreach (var vocabulary in step.GetProperty(VocabulariesProperty).EnumerateObject())
        {
            var inputs = vocabulary.Value.EnumerateArray().Select(Read).ToList();
            await administration.ImportAsync(vocabulary.Name, inputs, cancellationToken);
        }
    }

    private void ValidateTerms(JsonElement terms, string path, RecipeValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var term in terms.EnumerateArray())
        {
            var termPath = RecipeJson.Item(path, index++);
            if (term.ValueKind != JsonValueKind.Object)
            {
                context.AddError(termPath, S["Recipe_TermNotObject"]);
                continue;
            }

            var wellTyped = true;
            foreach (var property in term.EnumerateObject())
            {
                if (!TermProperties.Contains(property.Name, StringComparer.Ordinal))
                {
                    context.AddError(RecipeJson.Child(termPath, property.Name), S["Recipe_UnknownProperty", property.Name]);
                }
                else if (property.Value.ValueKind != JsonValueKind.String && !(property.Value.ValueKind == JsonValueKind.Null && property.Name is "description" or "siaCode"))
                {
                    context.AddError(RecipeJson.Child(termPath, property.Name), S["Recipe_TermPropertyNotText", property.Name]);
                    wellTyped = false;
                }
            }

            if (!wellTyped)
            {
                continue;
            }

            var input = TermRules.Normalize(Read(term));
            foreach (var error in rules.Check(input))
            {
                context.AddError(RecipeJson.Child(termPath, JsonNamingPolicy.CamelCase.ConvertName(error.Field)), error.Message);
            }

            if (input.Slug.Length > 0 && !seen.Add(input.Slug))
            {
                context.AddError(termPath + ".slug", S["Recipe_TermDuplicate", input.Slug]);
            }
        }
    }

    private static TermInput Read(JsonElement term) => new(Text(term, "slug") ?? "", Text(term, "name") ?? "", Text(term, "description"), Text(term, "siaCode"));

    private static string? Text(JsonElement term, string property) =>
        term.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
