using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Content;
using Portal.Core.Data;

namespace Portal.Core.Recipes.Steps;

/// <summary>
/// Every item that is not removed: its published data, or its draft when it was never published, plus the newer
/// draft over a published version. Rows stream in item order, so memory holds one item's versions at a time.
/// </summary>
internal sealed class ContentExporter(ILogger<ContentExporter> logger) : IRecipeExporter
{
    public string StepName => ContentStep.StepName;

    public int Order => 100;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var definitions = services.GetRequiredService<IContentDefinitionStore>();
        var items = new JsonArray();
        var versions = new List<ContentItem>();
        var rows = db.ContentItems.AsNoTracking()
            .Where(c => c.Latest || c.Published)
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.ItemId).ThenBy(c => c.Id)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (versions.Count > 0 && versions[0].ItemId != row.ItemId)
            {
                Add(items, versions, definitions);
                versions.Clear();
            }

            versions.Add(row);
        }

        Add(items, versions, definitions);
        return items.Count == 0 ? null : new JsonObject { ["name"] = StepName, ["items"] = items };
    }

    private void Add(JsonArray items, List<ContentItem> versions, IContentDefinitionStore definitions)
    {
        if (versions.Count == 0)
        {
            return;
        }

        var published = versions.FirstOrDefault(v => v.Published);
        var latest = versions.FirstOrDefault(v => v.Latest);
        var main = published ?? latest!;
        if (definitions.Find(main.ContentType) is null)
        {
            // The import would refuse the whole recipe for a type no module registers any more.
            logger.LogWarning("Left the item {ItemId} out of the export: no module registers its type {ContentType}", main.ItemId, main.ContentType);
            return;
        }

        var item = new JsonObject
        {
            ["itemId"] = main.ItemId,
            ["contentType"] = main.ContentType,
            ["published"] = published is not null,
            ["data"] = JsonNode.Parse(main.Data),
        };
        if (published is not null && latest is not null && !latest.Published)
        {
            item["draft"] = JsonNode.Parse(latest.Data);
        }

        items.Add(item);
    }
}
