using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Taxonomies.Terms;

namespace Portal.Taxonomies.Recipes;

/// <summary>Every term of every vocabulary, in order, as the taxonomies step reads it back.</summary>
internal sealed class TaxonomiesExporter : IRecipeExporter
{
    public string StepName => TaxonomiesStep.StepName;

    /// <summary>After settings, features and roles; before content, which refers to terms.</summary>
    public int Order => 50;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ITaxonomyStore>();
        var vocabularies = new JsonObject();
        foreach (var vocabulary in Vocabularies.All)
        {
            var terms = await store.GetTermsAsync(vocabulary, cancellationToken);
            if (terms.Count > 0)
            {
                vocabularies[vocabulary] = new JsonArray([.. terms.Select(Export)]);
            }
        }

        return vocabularies.Count == 0 ? null : new JsonObject { ["name"] = StepName, ["vocabularies"] = vocabularies };
    }

    private static JsonObject Export(TaxonomyTerm term)
    {
        var json = new JsonObject { ["slug"] = term.Slug, ["name"] = term.Name };
        if (term.Description is not null)
        {
            json["description"] = term.Description;
        }

        if (term.SiaCode is not null)
        {
            json["siaCode"] = term.SiaCode;
        }

        return json;
    }
}
