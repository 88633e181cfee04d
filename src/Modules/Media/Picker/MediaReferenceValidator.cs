using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Media.Assets;

namespace Portal.Media.Picker;

/// <summary>
/// Checks a content field that points at the library, for the content handlers of the types: the asset exists and
/// is of a kind the field allows, and an image has alt text unless it is marked decorative. Each error is a
/// Spanish sentence that names the field by the label the editor sees (the <c>field</c> argument).
/// </summary>
public sealed class MediaReferenceValidator(IUnitOfWork unitOfWork, IStringLocalizer<MediaResources> S)
{
    /// <summary>An image (or any asset with alt text) placed in content: the asset, then the alt text of this use.</summary>
    public async Task<IReadOnlyList<string>> ValidateAsync(
        MediaReference? reference, string field, IReadOnlyCollection<MediaKind> kinds, bool required, CancellationToken cancellationToken = default)
    {
        var errors = new List<string>(await ValidateAssetAsync(reference?.AssetId, field, kinds, required, cancellationToken));
        if (reference is null || reference.IsEmpty)
        {
            return errors;
        }

        if (!reference.Decorative && string.IsNullOrWhiteSpace(reference.Alt))
        {
            errors.Add(S["Reference_AltRequired", field]);
        }
        else if (reference.Alt is { Length: > MediaAsset.TextLength })
        {
            errors.Add(S["Reference_AltTooLong", field, MediaAsset.TextLength]);
        }

        return errors;
    }

    /// <summary>A file without alt text (a video, its captions, a PDF attachment): only the asset and its kind.</summary>
    public async Task<IReadOnlyList<string>> ValidateAssetAsync(
        string? assetId, string field, IReadOnlyCollection<MediaKind> kinds, bool required, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(assetId))
        {
            return required ? [S["Reference_Required", field]] : [];
        }

        var id = assetId.Trim();
        var asset = await unitOfWork.Db.Set<MediaAsset>().AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new { a.FileName, a.Kind })
            .FirstOrDefaultAsync(cancellationToken);
        if (asset is null)
        {
            return [S["Reference_NotFound", field, id]];
        }

        if (!kinds.Contains(asset.Kind))
        {
            var allowed = string.Join(", ", kinds.Select(k => S[MediaTexts.Kind[k]].Value));
            return [S["Reference_WrongKind", field, asset.FileName, S[MediaTexts.Kind[asset.Kind]], allowed]];
        }

        return [];
    }
}
