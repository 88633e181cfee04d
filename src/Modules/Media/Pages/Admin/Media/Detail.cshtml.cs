using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Media.Admin;
using Portal.Media.Assets;
using Portal.Media.Library;

namespace Portal.Media.Pages.Admin.Media;

/// <summary>One asset: its metadata, what editors say about it, replacing its file, and deleting it when unused.</summary>
[AuthorizePermission(Permissions.ViewMediaName)]
[RequestSizeLimit(IndexModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = IndexModel.MaxRequestBytes)]
public sealed class DetailModel(IMediaLibrary library, IAuthorizationService authorization, IStringLocalizer<MediaResources> S) : PageModel
{
    public MediaAsset Asset { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>Replacing or deleting: the uploader, or whoever may manage every asset.</summary>
    public bool CanChangeFile { get; private set; }

    public IReadOnlyList<MediaUsage> Usages { get; private set; } = [];

    /// <summary>Why the last replace or delete was refused.</summary>
    public string? Refusal { get; private set; }

    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    [BindProperty(Name = "archivo")]
    public IFormFile? Replacement { get; set; }

    public sealed class DetailsInput
    {
        [StringLength(MediaAsset.TextLength, ErrorMessage = "Field_TooLong")]
        public string? AltText { get; set; }

        [StringLength(MediaAsset.TextLength, ErrorMessage = "Field_TooLong")]
        public string? Credit { get; set; }

        [StringLength(MediaAsset.TextLength, ErrorMessage = "Field_TooLong")]
        public string? Licence { get; set; }

        public string? Tags { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        FillInput();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage)
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await library.UpdateDetailsAsync(id, new MediaDetails { AltText = Input.AltText, Credit = Input.Credit, Licence = Input.Licence, Tags = MediaTags.Parse(Input.Tags) }, cancellationToken);
        TempData["Message"] = S["Details_Saved"].Value;
        return Redirect(DetailUrl(id));
    }

    public async Task<IActionResult> OnPostReplaceAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanChangeFile)
        {
            return Forbid();
        }

        FillInput();
        if (Replacement is null)
        {
            ModelState.AddModelError("archivo", S["Replace_NoFile"]);
            return Page();
        }

        await using var content = Replacement.OpenReadStream();
        var result = await library.ReplaceAsync(id, Replacement.FileName, content, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            Refusal = result.Error;
            return Page();
        }

        TempData["Message"] = S["Replace_Done", result.Asset!.FileName].Value;
        return Redirect(DetailUrl(id));
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!CanChangeFile)
        {
            return Forbid();
        }

        var result = await library.DeleteAsync(id, cancellationToken);
        if (!result.Succeeded)
        {
            FillInput();
            Refusal = result.Error;
            Usages = result.Usages;
            return Page();
        }

        TempData["Message"] = S["Delete_Done", Asset.FileName].Value;
        return Redirect("/admin/medios");
    }

    public static string DetailUrl(string id) => "/admin/medios/" + id;

    private void FillInput() =>
        Input = new DetailsInput { AltText = Asset.AltText, Credit = Asset.Credit, Licence = Asset.Licence, Tags = MediaTags.Format(Asset.Tags.Select(t => t.Name).Order(StringComparer.Ordinal)) };

    private async Task<bool> HoldsAsync(Permission permission) =>
        await authorization.HasPermissionAsync(User, permission);

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var asset = await library.GetAsync(id, cancellationToken);
        if (asset is null)
        {
            return false;
        }

        Asset = asset;
        CanManage = await HoldsAsync(Permissions.ManageMedia);
        CanChangeFile = CanManage && (asset.UploadedBy == User.Identity?.Name || await HoldsAsync(Permissions.ManageAllMedia));
        Usages = await library.GetUsagesAsync(id, cancellationToken);
        return true;
    }
}
