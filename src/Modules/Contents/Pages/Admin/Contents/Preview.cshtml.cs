using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Contents.Editors;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>
/// A version as citizens would see it, in the public layout, for signed-in staff only: the latest one by
/// default, or any version of the history (read-only). Drafts never reach the public routes.
/// </summary>
[AuthorizePermission(Permissions.ViewContentName)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class PreviewModel(IContentManager contents, ContentTypeCatalog types, SiteTime siteTime) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "version")]
    public string? VersionId { get; set; }

    public ContentItem Version { get; private set; } = null!;

    public string DisplayView { get; private set; } = "";

    public string? HeadView { get; private set; }

    public object Display { get; private set; } = null!;

    public string Modified { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string itemId, CancellationToken cancellationToken)
    {
        var version = VersionId is null
            ? await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken)
            : await contents.GetVersionAsync(VersionId, cancellationToken);
        if (version is null || version.ItemId != itemId || types.Display(version.ContentType) is not { } display)
        {
            return NotFound();
        }

        Version = version;
        DisplayView = display.DisplayView;
        HeadView = display.HeadView;
        Display = await display.BuildAsync(version, contents.GetModel(version), cancellationToken);
        Modified = await siteTime.ShortDateTimeAsync(version.ModifiedUtc, cancellationToken);
        return Page();
    }
}
