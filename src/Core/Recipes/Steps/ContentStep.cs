using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// <c>{ "name": "content", "items": [ { "itemId", "contentType", "published", "data", "draft" } ] }</c>. An item whose
/// id exists is updated (import = update); "published" says whether <c>data</c> is the published version, and
/// "draft" is a newer draft over it. Everything goes through the content manager, so handlers validate and index
/// as they do for editors.
/// </summary>
internal sealed class ContentStep(IUnitOfWork unitOfWork, IContentManager content, IContentDefinitionStore definitions, IStringLocalizer<CoreResources> S) : IRecipeStep
{
    public const string StepName = "content";

    /// <summary>Items handled between two clears of the change tracker, and looked up with one query.</summary>
    internal const int BatchSize = 200;

    private static readonly HashSet<string> ItemProperties = new(["itemId", "contentType", "published", "data", "draft"], StringComparer.Ordinal);

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var property in step.EnumerateObject().Where(p => p.Name is not ("name" or "items")))
        {
            context.AddError(RecipeJson.Child("$", property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        if (!step.TryGetProperty("items", out var items))
        {
            context.AddError("$.items", S["Recipe_Required", "items"]);
            return Task.CompletedTask;
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            context.AddError("$.items", S["Recipe_NotArray", "items"]);
            return Task.CompletedTask;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            ValidateItem(item, RecipeJson.Item("$.items", index), index, seen, context);
            index++;
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var items = step.GetProperty("items").EnumerateArray().ToList();
        for (var start = 0; start < items.Count; start += BatchSize)
        {
            var batch = items.Skip(start).Take(BatchSize).ToList();
            var existing = await ExistingAsync(batch.Select(i => i.GetProperty("itemId").GetString()!).ToList(), cancellationToken);
            for (var offset = 0; offset < batch.Count; offset++)
            {
                await ImportAsync(batch[offset], RecipeJson.Item("$.items", start + offset), existing, context.User, cancellationToken);
            }

            // Each item is saved by the content manager; clearing here keeps memory and change detection flat on big imports.
            await unitOfWork.Db.SaveChangesAsync(cancellationToken);
            unitOfWork.Db.ChangeTracker.Clear();
        }
    }

    private void ValidateItem(JsonElement item, string path, int index, Dictionary<string, int> seen, RecipeValidationContext context)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            context.AddError(path, S["Recipe_Content_ItemNotObject"]);
            return;
        }

        foreach (var property in item.EnumerateObject().Where(p => !ItemProperties.Contains(p.Name)))
        {
            context.AddError(RecipeJson.Child(path, property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        var itemId = RequiredString(item, "itemId", path, context);
        if (itemId is not null)
        {
            if (!ContentIds.IsValid(itemId))
            {
                context.AddError(path + ".itemId", S["Content_InvalidItemId", itemId]);
            }
            else if (!seen.TryAdd(itemId, index))
            {
                context.AddError(path + ".itemId", S["Recipe_Content_DuplicateItemId", itemId, seen[itemId]]);
            }
        }

        ContentTypeDefinition? type = null;
        if (RequiredString(item, "contentType", path, context) is { } contentType)
        {
            type = definitions.Find(contentType);
            if (type is null)
            {
                context.AddError(path + ".contentType", S["Content_UnknownType", contentType]);
            }
        }

        bool? published = null;
        if (!item.TryGetProperty("published", out var flag))
        {
            context.AddError(path + ".published", S["Recipe_Required", "published"]);
        }
        else if (flag.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            published = flag.GetBoolean();
        }
        else
        {
            context.AddError(path + ".published", S["Recipe_NotBoolean", "published"]);
        }

        if (!item.TryGetProperty("data", out var data))
        {
            context.AddError(path + ".data", S["Recipe_Required", "data"]);
        }
        else
        {
            ValidateModel(data, type, path + ".data", context);
        }

        if (item.TryGetProperty("draft", out var draft))
        {
            if (published == false)
            {
                context.AddError(path + ".draft", S["Recipe_Content_DraftNeedsPublished"]);
            }
            else if (type is { Draftable: false })
            {
                context.AddError(path + ".draft", S["Recipe_Content_NotDraftable", type.Name]);
            }

            ValidateModel(draft, type, path + ".draft", context);
        }
    }

    private string? RequiredString(JsonElement item, string property, string path, RecipeValidationContext context)
    {
        if (!item.TryGetProperty(property, out var value))
        {
            context.AddError(RecipeJson.Child(path, property), S["Recipe_Required", property]);
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            context.AddError(RecipeJson.Child(path, property), S["Recipe_NotString", property]);
            return null;
        }

        return value.GetString();
    }

    private void ValidateModel(JsonElement data, ContentTypeDefinition? type, string path, RecipeValidationContext context)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            context.AddError(path, S["Recipe_NotObject", path[(path.LastIndexOf('.') + 1)..]]);
            return;
        }

        if (type is null)
        {
            return;
        }

        try
        {
            data.Deserialize(type.ModelType, RecipeJson.StrictModelOptions);
        }
        catch (JsonException ex)
        {
            context.AddError(RecipeJson.Combine(path, ex.Path), S["Recipe_Content_DataMismatch", type.Name]);
        }
    }

    private async Task<Dictionary<string, ExistingItem>> ExistingAsync(List<string> itemIds, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Db.ContentItems.AsNoTracking()
            .Where(c => itemIds.Contains(c.ItemId) && (c.Latest || c.Published))
            .Select(c => new { c.ItemId, c.ContentType, c.Latest, c.Published, c.ConcurrencyStamp })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ItemId, StringComparer.Ordinal)
            .Where(g => g.Any(r => r.Latest))
            .ToDictionary(
                g => g.Key,
                g => new ExistingItem(g.First(r => r.Latest).ContentType, g.First(r => r.Latest).ConcurrencyStamp, g.Any(r => r.Published)),
                StringComparer.Ordinal);
    }

    private async Task ImportAsync(JsonElement item, string path, Dictionary<string, ExistingItem> existing, string user, CancellationToken cancellationToken)
    {
        var itemId = item.GetProperty("itemId").GetString()!;
        var type = definitions.Find(item.GetProperty("contentType").GetString()!)!;
        var published = item.GetProperty("published").GetBoolean();
        var model = item.GetProperty("data").Deserialize(type.ModelType, RecipeJson.StrictModelOptions)!;

        ContentResult result;
        if (existing.TryGetValue(itemId, out var current))
        {
            if (!string.Equals(current.ContentType, type.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new RecipeStepException(path + ".contentType", S["Recipe_Content_TypeChanged", itemId, current.ContentType, type.Name]);
            }

            result = Check(await content.UpdateAsync(itemId, model, current.ConcurrencyStamp, user, published, cancellationToken), itemId, path + ".data");
            if (!published && current.HasPublished)
            {
                Check(await content.UnpublishAsync(itemId, user, cancellationToken), itemId, path + ".published");
            }
        }
        else
        {
            result = Check(await content.CreateAsync(type.Name, model, user, published, itemId, cancellationToken), itemId, path + ".data");
        }

        if (item.TryGetProperty("draft", out var draft))
        {
            var draftModel = draft.Deserialize(type.ModelType, RecipeJson.StrictModelOptions)!;
            Check(await content.UpdateAsync(itemId, draftModel, result.Item!.ConcurrencyStamp, user, publish: false, cancellationToken), itemId, path + ".draft");
        }
    }

    /// <summary>A refusal (a handler's validation, a conflict) stops the recipe, naming the item and the field.</summary>
    private ContentResult Check(ContentResult result, string itemId, string path)
    {
        if (result.Succeeded)
        {
            return result;
        }

        var first = result.Errors.Count > 0 ? result.Errors[0] : null;
        var fieldPath = string.IsNullOrEmpty(first?.Field) ? path : RecipeJson.Child(path, JsonNamingPolicy.CamelCase.ConvertName(first.Field));
        var messages = string.Join(" ", result.Errors.Select(e => e.Message));
        throw new RecipeStepException(fieldPath, S["Recipe_Content_Refused", itemId, messages]);
    }

    private sealed record ExistingItem(string ContentType, string ConcurrencyStamp, bool HasPublished);
}
