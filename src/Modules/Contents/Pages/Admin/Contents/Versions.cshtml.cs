using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Security;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>Every version of an item, newest first, each viewable and restorable as a new draft.</summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class VersionsModel(IContentManager contents, ContentAuthorizer authorizer, SiteTime siteTime, IStringLocalizer<ContentsResources> S) : PageModel
{
    public string ItemId { get; private set; } = "";

    public string DisplayText { get; private set; } = "";

    public bool CanRestore { get; private set; }

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    public string? Error { get; private set; }

    public sealed record VersionRow(string VersionId, string Date, string Author, string StateKey, bool Latest);

    public async Task<IActionResult> OnGetAsync(string itemId, CancellationToken cancellationToken) =>
        await LoadAsync(itemId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(string itemId, string versionId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(itemId, cancellationToken) || Versions.All(v => v.VersionId != versionId))
        {
            return NotFound();
        }

        if (!CanRestore)
        {
            return Forbid();
        }

        var version = Versions.First(v => v.VersionId == versionId);
        var result = await contents.RestoreAsync(versionId, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            Error = string.Join(" ", result.Errors.Select(e => e.Message));
            await LoadAsync(itemId, cancellationToken);
            return Page();
        }

        TempData["Message"] = S["Versions_Restored", version.Date].Value;
        return Redirect(EditModel.EditUrl(itemId));
    }

    private async Task<bool> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        var versions = await contents.ListVersionsAsync(itemId, cancellationToken);
        if (versions.Count == 0)
        {
            return false;
        }

        ItemId = itemId;
        var current = versions.FirstOrDefault(v => v.Latest) ?? versions[0];
        DisplayText = current.DisplayText;
        CanRestore = await authorizer.CanEditAsync(User, current);
        var rows = new List<VersionRow>(versions.Count);
        foreach (var version in versions)
        {
            rows.Add(new VersionRow(version.VersionId, await siteTime.ShortDateTimeAsync(version.ModifiedUtc, cancellationToken), version.Author, StateKey(version), version.Latest));
        }

        Versions = rows;
        return true;
    }

    private static string StateKey(ContentItem version) => version switch
    {
        { Latest: true, Published: true } => "Version_Current_Published",
        { Latest: true } => "Version_Current_Draft",
        { Published: true } => "Version_Published",
        { PublishedUtc: not null } => "Version_FormerlyPublished",
        _ => "Version_Draft",
    };
}
