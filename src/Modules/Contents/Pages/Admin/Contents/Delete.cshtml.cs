using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Contents.Security;
using Portal.Core.Content;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>Asks before removing: the item leaves the site and the list, its versions stay for the record.</summary>
[AuthorizePermission(Permissions.DeleteContentName)]
public sealed class DeleteModel(IContentManager contents, ContentAuthorizer authorizer, IStringLocalizer<ContentsResources> S) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

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

        var result = await contents.RemoveAsync(itemId, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Message"] = S["Delete_Done", DisplayText].Value;
        return Redirect("/admin/contenidos");
    }

    private async Task<IActionResult?> LoadAsync(string itemId, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(itemId, VersionOptions.Latest, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return await authorizer.CanDeleteAsync(User, item) ? null : Forbid();
    }
}
