using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Recipes;
using Portal.Testing;

namespace Portal.IntegrationTests.Recipes;

public sealed class RecipeImportTests(RecipeSiteFixture fixture) : PortalTest<RecipeSiteFixture>(fixture), IClassFixture<RecipeSiteFixture>
{
    [Fact]
    public async Task Importing_existing_items_updates_them_to_the_recipes_data_and_flags()
    {
        var first = await RunAsync(ContentRecipe(
            Item("act-a", published: true, new { title = "A1" }),
            Item("act-b", published: false, new { title = "B1" }),
            Item("act-c", published: true, new { title = "C1" }, draft: new { title = "C2" })));
        Assert.True(first.Succeeded, string.Join("; ", first.Errors));

        var second = await RunAsync(ContentRecipe(
            Item("act-a", published: false, new { title = "A2" }),
            Item("act-b", published: true, new { title = "B2" }, draft: new { title = "B3" }),
            Item("act-c", published: true, new { title = "C3", views = 7 })));
        Assert.True(second.Succeeded, string.Join("; ", second.Errors));

        var content = await Host.VisibleContentAsync();
        Assert.Equal("""test latest=True published=False «A2» {"title":"A2","views":0,"tags":[]}""", content["act-a"]);
        Assert.Equal("""test latest=True published=False «B3» {"title":"B3","views":0,"tags":[]} | test latest=False published=True «B2» {"title":"B2","views":0,"tags":[]}""", content["act-b"]);
        Assert.Equal("""test latest=True published=True «C3» {"title":"C3","views":7,"tags":[]}""", content["act-c"]);
        var owner = await Host.RunAsync((services, ct) => services.GetRequiredService<IContentManager>().GetAsync("act-a", VersionOptions.Latest, ct));
        Assert.Equal("importador", owner!.Owner);
    }

    [Fact]
    public async Task A_large_import_goes_in_batches_and_a_refusal_near_the_end_undoes_all_of_it()
    {
        var items = Enumerable.Range(0, 450).Select(i => Item($"lote-{i:000}", published: i % 2 == 0, new { title = $"Elemento {i}" })).ToArray();
        items[420]["data"]!["title"] = RefusingHandler.RefusedTitle;
        var before = await Host.SnapshotAsync();

        var refused = await RunAsync(ContentRecipe(items));

        Assert.True(refused.FailedWhileRunning);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((0, "content", "$.items[420].data.title"), (error.StepIndex, error.StepName, error.Path));
        Assert.Equal(before, await Host.SnapshotAsync());

        items[420]["data"]!["title"] = "Elemento 420";
        var accepted = await RunAsync(ContentRecipe(items));

        Assert.True(accepted.Succeeded, string.Join("; ", accepted.Errors));
        var content = await Host.VisibleContentAsync();
        Assert.Equal(450, content.Keys.Count(k => k.StartsWith("lote-", StringComparison.Ordinal)));
        Assert.Contains("published=True «Elemento 448»", content["lote-448"], StringComparison.Ordinal);
        Assert.Contains("published=False «Elemento 449»", content["lote-449"], StringComparison.Ordinal);
    }

    private Task<RecipeResult> RunAsync(string recipe) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IRecipeExecutor>().ExecuteAsync(recipe, "importador", RecipeOrigin.Upload, ct));

    private static JsonObject Item(string itemId, bool published, object data, object? draft = null)
    {
        var item = new JsonObject
        {
            ["itemId"] = itemId,
            ["contentType"] = "test",
            ["published"] = published,
            ["data"] = JsonSerializer.SerializeToNode(data),
        };
        if (draft is not null)
        {
            item["draft"] = JsonSerializer.SerializeToNode(draft);
        }

        return item;
    }

    private static string ContentRecipe(params JsonObject[] items) =>
        new JsonObject
        {
            ["name"] = "importacion",
            ["steps"] = new JsonArray(new JsonObject { ["name"] = "content", ["items"] = new JsonArray([.. items.Select(i => i.DeepClone())]) }),
        }.ToJsonString();
}
