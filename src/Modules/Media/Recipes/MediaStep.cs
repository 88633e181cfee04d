using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Recipes;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;
using Portal.Media.Library;
using Portal.Media.Uploads;

namespace Portal.Media.Recipes;

/// <summary>
/// <c>{ "name": "media", "assets": [ { "id", "path" | "base64", "fileName", "alt", "credit", "licence", "tags" } ] }</c>.
/// Adds or updates assets under fixed ids (lowercase letters, digits and hyphens, 2 to 26 characters), so sample
/// content can name them. The file comes from <c>path</c>, relative to the recipe's folder, which only a recipe file
/// on the server has; an uploaded recipe carries the file inline as <c>base64</c> with a <c>fileName</c>. Each file
/// goes through the upload checks while the recipe is validated, so a refused file stops it before anything is
/// written. The same id with the same file and descriptions changes nothing. An asset with a <c>hash</c> (a package's)
/// is that exact file: where the site already has another file under its id, the recipe is refused instead of
/// changing the pages of the site that show it.
/// </summary>
internal sealed partial class MediaStep(UploadInspector inspector, IUnitOfWork unitOfWork, IStringLocalizer<MediaResources> S) : IRecipeStep
{
    public const string StepName = "media";
    private const string AssetsProperty = "assets";
    private static readonly string[] TextProperties = ["id", "path", "base64", "fileName", "alt", "credit", "licence", "hash"];

    public string Name => StepName;

    public async Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        foreach (var property in step.EnumerateObject().Where(p => p.Name is not ("name" or AssetsProperty)))
        {
            context.AddError(RecipeJson.Child("$", property.Name), S["Recipe_UnknownProperty", property.Name]);
        }

        if (!step.TryGetProperty(AssetsProperty, out var assets) || assets.ValueKind != JsonValueKind.Array)
        {
            context.AddError("$.assets", S["Recipe_AssetsRequired"]);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var asset in assets.EnumerateArray())
        {
            var path = RecipeJson.Item("$.assets", index++);
            if (asset.ValueKind != JsonValueKind.Object)
            {
                context.AddError(path, S["Recipe_AssetNotObject"]);
                continue;
            }

            if (!CheckShape(asset, path, context))
            {
                continue;
            }

            var input = Read(asset);
            if (!IdPattern().IsMatch(input.Id))
            {
                context.AddError(path + ".id", S["Recipe_AssetIdInvalid", input.Id]);
            }
            else if (!seen.Add(input.Id))
            {
                context.AddError(path + ".id", S["Recipe_AssetIdDuplicate", input.Id]);
            }
            else if (input.Hash is not null && await OtherFileAsync(input, cancellationToken) is { } existing)
            {
                context.AddError(path + ".hash", S["Recipe_AssetConflict", input.Id, existing]);
            }

            var bytes = Content(input, path, context.Folder, context.AddError);
            if (bytes is null)
            {
                continue;
            }

            try
            {
                using var inspected = await inspector.InspectAsync(new MemoryStream(bytes), cancellationToken);
            }
            catch (MediaRejectedException rejection)
            {
                var reason = S[rejection.ReasonKey, [.. rejection.Arguments]];
                context.AddError(path, rejection.Line is { } line ? S["Upload_RefusedAtLine", input.Id, line, reason] : S["Upload_Refused", input.Id, reason]);
            }
        }
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var library = context.Services.GetRequiredService<IMediaLibrary>();
        var index = 0;
        foreach (var asset in step.GetProperty(AssetsProperty).EnumerateArray())
        {
            var path = RecipeJson.Item("$.assets", index++);
            var input = Read(asset);
            var bytes = Content(input, path, context.Folder, (p, message) => throw new RecipeStepException(p, message))!;
            var result = await library.ImportAsync(input.Id, new MediaUpload(input.FileName!, new MemoryStream(bytes), context.User)
            {
                AltText = input.Alt,
                Credit = input.Credit,
                Licence = input.Licence,
                Tags = input.Tags,
            }, cancellationToken);
            if (!result.Succeeded)
            {
                throw new RecipeStepException(path, S["Recipe_AssetNotImported", input.Id, result.Error!]);
            }
        }
    }

    /// <returns>The file name of the site's asset with this id when its file is not the one the recipe declares.</returns>
    private Task<string?> OtherFileAsync(AssetInput input, CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<MediaAsset>().AsNoTracking()
            .Where(a => a.Id == input.Id && a.Hash != input.Hash)
            .Select(a => a.FileName)
            .FirstOrDefaultAsync(cancellationToken);

    private bool CheckShape(JsonElement asset, string path, RecipeValidationContext context)
    {
        var wellTyped = true;
        foreach (var property in asset.EnumerateObject())
        {
            var propertyPath = RecipeJson.Child(path, property.Name);
            if (property.Name == "tags")
            {
                if (property.Value.ValueKind != JsonValueKind.Array || property.Value.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String))
                {
                    context.AddError(propertyPath, S["Recipe_TagsNotTexts"]);
                    wellTyped = false;
                }
            }
            else if (!TextProperties.Contains(property.Name, StringComparer.Ordinal))
            {
                context.AddError(propertyPath, S["Recipe_UnknownProperty", property.Name]);
            }
            else if (property.Value.ValueKind != JsonValueKind.String)
            {
                context.AddError(propertyPath, S["Recipe_PropertyNotText", property.Name]);
                wellTyped = false;
            }
            else if (property.Name is "alt" or "credit" or "licence" && property.Value.GetString()!.Length > MediaAsset.TextLength)
            {
                context.AddError(propertyPath, S["Recipe_TextTooLong", property.Name, MediaAsset.TextLength]);
            }
        }

        if (!asset.TryGetProperty("id", out _))
        {
            context.AddError(path + ".id", S["Recipe_AssetIdRequired"]);
            wellTyped = false;
        }

        return wellTyped;
    }

    /// <summary>The file's bytes, or null after reporting why there are none.</summary>
    private byte[]? Content(AssetInput input, string path, string? folder, Action<string, string> error)
    {
        if ((input.Path is null) == (input.Base64 is null))
        {
            error(path, S["Recipe_AssetSourceRequired", input.Id]);
            return null;
        }

        if (input.Base64 is not null)
        {
            if (string.IsNullOrWhiteSpace(input.FileName))
            {
                error(path + ".fileName", S["Recipe_FileNameRequired", input.Id]);
                return null;
            }

            try
            {
                return Convert.FromBase64String(input.Base64);
            }
            catch (FormatException)
            {
                error(path + ".base64", S["Recipe_Base64Invalid", input.Id]);
                return null;
            }
        }

        if (folder is null)
        {
            error(path + ".path", S["Recipe_PathNeedsFolder", input.Id]);
            return null;
        }

        var root = Path.GetFullPath(folder);
        var file = Path.GetFullPath(Path.Combine(root, input.Path!));
        if (Path.IsPathRooted(input.Path) || !file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            error(path + ".path", S["Recipe_PathOutside", input.Path!]);
            return null;
        }

        if (!File.Exists(file))
        {
            error(path + ".path", S["Recipe_PathMissing", input.Path!]);
            return null;
        }

        return File.ReadAllBytes(file);
    }

    private static AssetInput Read(JsonElement asset)
    {
        var path = Text(asset, "path");
        return new AssetInput(
            Text(asset, "id") ?? "",
            path,
            Text(asset, "base64"),
            Text(asset, "fileName") ?? (path is null ? null : Path.GetFileName(path)),
            Text(asset, "alt"),
            Text(asset, "credit"),
            Text(asset, "licence"),
            Text(asset, "hash"),
            asset.TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(t => t.GetString()!)] : []);
    }

    private static string? Text(JsonElement asset, string property) =>
        asset.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,25}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private sealed record AssetInput(string Id, string? Path, string? Base64, string? FileName, string? Alt, string? Credit, string? Licence, string? Hash, IReadOnlyList<string> Tags);
}
