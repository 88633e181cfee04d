using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editing;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>Asks before removing: the item leaves the site and the list, its versions stay for the record.</summary>
[AuthorizePermission(Permissions.DeleteContentName)]
public sealed class DeleteModel(ContentEditing editing, IStringLocalizer<ContentsResources> S) : PageModel
{
    private EditSession _session = null!;

    public ContentItem Item => _session.Item!;

    public string DisplayText => string.IsNullOrWhiteSpace(Item.DisplayText) ? S["Untitled"] : Item.DisplayText;

    public async Task<IActionResult> OnGetAsync(string itemId, CancellationToken cancellationToken) =>
        await LoadAsync(itemId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(string itemId, CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(itemId, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        var result = await editing.RemoveAsync(_session, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = S["Delete_Done", DisplayText].Value;
        return Redirect("/admin/contenidos");
    }

    private async Task<IActionResult?> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        var opening = await editing.OpenAsync(User, itemId, publishing: false, cancellationToken);
        if (opening.Session is not { } session)
        {
            return opening.Outcome == EditOutcome.NotFound ? NotFound() : Forbid();
        }

        _session = session;
        return session.CanDelete ? null : Forbid();
    }
}
