using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes.Packages;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Picker;
using Portal.Media.Storage;

namespace Portal.Media.Recipes;

/// <summary>
/// The "media" step of a package: every asset the latest or published version of some content uses, its original
/// file under <c>media/</c> (variants are rebuilt from it) and its descriptions, under the same id so the content's
/// references resolve. The hash marks the exact file, so an import never swaps a different one into a site.
/// </summary>
internal sealed class MediaExporter : IRecipePackageExporter
{
    public const string Folder = "media";

    public string StepName => MediaStep.StepName;

    // After settings and taxonomies, before the content that uses the files.
    public int Order => 90;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, RecipePackageFiles files, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IUnitOfWork>().Db;
        var used = db.Set<ContentMediaIndex>().Where(i => i.Latest || i.Published).Select(i => i.AssetId);
        var assets = await db.Set<MediaAsset>().AsNoTracking().Include(a => a.Tags)
            .Where(a => used.Contains(a.Id)).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        if (assets.Count == 0)
        {
            return null;
        }

        var storage = services.GetRequiredService<IMediaStorage>();
        var list = new JsonArray();
        foreach (var asset in assets)
        {
            var path = $"{Folder}/{asset.StorageKey}";
            var key = asset.StorageKey;
            files.Add(path, async ct => await storage.OpenReadAsync(key, ct)
                ?? throw new InvalidOperationException($"The file of media asset '{asset.Id}' is missing from storage ({key})."));
            var item = new JsonObject
            {
                ["id"] = asset.Id,
                ["path"] = path,
                ["fileName"] = asset.FileName,
                ["hash"] = asset.Hash,
            };
            AddText(item, "alt", asset.AltText);
            AddText(item, "credit", asset.Credit);
            AddText(item, "licence", asset.Licence);
            if (asset.Tags.Count > 0)
            {
                item["tags"] = new JsonArray([.. asset.Tags.Select(t => (JsonNode)t.Name).OrderBy(t => t.GetValue<string>(), StringComparer.Ordinal)]);
            }

            list.Add(item);
        }

        return new JsonObject { ["name"] = StepName, ["assets"] = list };
    }

    private static void AddText(JsonObject item, string property, string? value)
    {
        if (value is not null)
        {
            item[property] = value;
        }
    }
}
