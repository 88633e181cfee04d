using System.Text.Json;
using Markdig;
using Portal.Search.Indexing;

namespace Portal.Search.Benchmarks;

/// <summary>The pages of the search test recipe, as the site indexes them (the relevance queries' corpus).</summary>
internal static class RecipePages
{
    public static IReadOnlyList<SearchDocument> Load(string recipePath)
    {
        using var recipe = JsonDocument.Parse(File.ReadAllText(recipePath));
        var documents = new List<SearchDocument>();
        foreach (var step in recipe.RootElement.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("name").GetString() == "content"))
        {
            foreach (var item in step.GetProperty("items").EnumerateArray())
            {
                var data = item.GetProperty("data");
                var slug = data.GetProperty("slug").GetString()!;
                documents.Add(new SearchDocument(item.GetProperty("itemId").GetString()!, item.GetProperty("contentType").GetString()!, data.GetProperty("title").GetString()!, "/" + slug)
                {
                    Summary = data.GetProperty("summary").GetString()!,
                    Body = Markdown.ToPlainText(data.GetProperty("body").GetString()!).Trim(),
                });
            }
        }

        return documents;
    }
}
