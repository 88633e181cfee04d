using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Media.Admin;
using Portal.Media.Library;

namespace Portal.Media.Pages.Admin.Media;

/// <summary>The library: upload several files at once, and the list, searched, filtered and paged on the server.</summary>
[AuthorizePermission(Permissions.ViewMediaName)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(MediaListQuery query, IMediaLibrary library, IAuthorizationService authorization, IStringLocalizer<MediaResources> S) : PageModel
{
    /// <summary>One request may carry several files; each is then checked against the configured limits.</summary>
    public const long MaxRequestBytes = 512L * 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "buscar")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(Name = "archivos")]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty(Name = "etiquetas")]
    public string? Tags { get; set; }

    public MediaListPage Result { get; private set; } = null!;

    public bool CanManage { get; private set; }

    /// <summary>Why each refused file of the last upload was refused.</summary>
    public IReadOnlyList<string> Refusals { get; private set; } = [];

    public IReadOnlyList<string> Stored { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await IsManagerAsync())
        {
            return Forbid();
        }

        if (Files.Count == 0)
        {
            ModelState.AddModelError("archivos", S["Upload_NoFiles"]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var refusals = new List<string>();
        var stored = new List<string>();
        foreach (var file in Files)
        {
            await using var content = file.OpenReadStream();
            var result = await library.UploadAsync(new MediaUpload(file.FileName, content, User.Identity!.Name!) { Tags = MediaTags.Parse(Tags) }, cancellationToken);
            if (result.Succeeded)
            {
                stored.Add(result.Asset!.FileName);
            }
            else
            {
                refusals.Add(result.Error!);
            }
        }

        if (refusals.Count == 0)
        {
            TempData["Message"] = S["Upload_Done", stored.Count].Value;
            return Redirect("/admin/medios");
        }

        Refusals = refusals;
        Stored = stored;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["buscar"] = Search,
            ["tipo"] = Group,
            ["pagina"] = page == 1 ? null : page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/admin/medios", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var group = MediaGroups.FromSlug(Group);
        Group = group?.Slug();
        Result = await query.RunAsync(new MediaListFilter(Search, group, PageNumber), cancellationToken);
        CanManage = await IsManagerAsync();
    }

    private async Task<bool> IsManagerAsync() =>
        await authorization.HasPermissionAsync(User, Permissions.ManageMedia);
}
