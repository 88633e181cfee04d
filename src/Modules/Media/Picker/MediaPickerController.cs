using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Media.Admin;
using Portal.Media.Assets;
using Portal.Media.Images;
using Portal.Media.Library;
using Portal.Media.Pages.Admin.Media;

namespace Portal.Media.Picker;

/// <summary>
/// The picker dialog's data: a page of the library as JSON (same search, type filter and paging in the database as
/// the library page, narrowed to the field's kinds), and an upload of one file that answers with the new asset.
/// </summary>
[AuthorizePermission(Permissions.ViewMediaName)]
public sealed class MediaPickerController(MediaListQuery query, IMediaLibrary library, MediaUrls urls, IStringLocalizer<MediaResources> S) : Controller
{
    public const string Address = "/admin/medios/selector";

    [HttpGet("admin/medios/selector")]
    public async Task<ActionResult<MediaPickerPage>> List(
        [FromQuery(Name = "buscar")] string? search,
        [FromQuery(Name = "tipo")] string? group,
        [FromQuery(Name = "pagina")] int page,
        [FromQuery(Name = "admitidos")] string? allowed,
        CancellationToken cancellationToken)
    {
        IReadOnlyList<MediaKind> kinds;
        try
        {
            kinds = MediaKindList.Parse(allowed);
        }
        catch (ArgumentException)
        {
            return Problem(detail: S["Picker_BadKinds"], statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await query.RunAsync(new MediaListFilter(search, MediaGroups.FromSlug(group), page, kinds), cancellationToken);
        return new MediaPickerPage([.. result.Assets.Select(Describe)], result.Total, result.Page, result.PageCount);
    }

    [HttpGet("admin/medios/selector/{id}")]
    public async Task<ActionResult<MediaPickerItem>> Get(string id, CancellationToken cancellationToken) =>
        await library.GetAsync(id, cancellationToken) is { } asset ? Describe(asset) : NotFound();

    /// <summary>One file from the dialog; refusals are Problem Details whose detail is the library's Spanish reason.</summary>
    [HttpPost("admin/medios/selector")]
    [AuthorizePermission(Permissions.ManageMediaName)]
    [RequestSizeLimit(IndexModel.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = IndexModel.MaxRequestBytes)]
    public async Task<ActionResult<MediaPickerItem>> Upload([FromForm(Name = "archivo")] IFormFile? file, [FromForm(Name = "admitidos")] string? allowed, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return Problem(detail: S["Replace_NoFile"], statusCode: StatusCodes.Status400BadRequest);
        }

        await using var content = file.OpenReadStream();
        var result = await library.UploadAsync(new MediaUpload(file.FileName, content, User.Identity!.Name!), cancellationToken);
        if (!result.Succeeded)
        {
            return Problem(detail: result.Error, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        var item = Describe(result.Asset!);
        return MediaKindList.Parse(allowed).Contains(result.Asset!.Kind)
            ? item
            : Problem(detail: S["Picker_UploadedWrongKind", result.Asset.FileName], statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private MediaPickerItem Describe(MediaAsset asset) => new(
        asset.Id,
        asset.FileName,
        asset.Kind.ToString(),
        S[MediaTexts.Kind[asset.Kind]],
        Preview(asset),
        asset.AltText,
        asset.Width,
        asset.Height,
        [.. asset.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)],
        DetailModel.DetailUrl(asset.Id));

    private string? Preview(MediaAsset asset) =>
        asset.Kind.IsRaster() ? urls.Variant(asset, new ImageVariant(urls.Widths.Min(), VariantFormat.WebP))
        : asset.Kind == MediaKind.Svg ? MediaUrls.Original(asset)
        : null;
}

public sealed record MediaPickerPage(IReadOnlyList<MediaPickerItem> Items, int Total, int Page, int PageCount);

/// <summary>An asset as the picker shows it; <see cref="Preview"/> is an image address for images, else null.</summary>
public sealed record MediaPickerItem(
    string Id, string FileName, string Kind, string KindLabel, string? Preview, string? AltText, int? Width, int? Height, IReadOnlyList<string> Tags, string DetailUrl);
