using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.Security;
using Portal.Inbox.Access;
using Portal.Inbox.DataSubjects;

namespace Portal.Inbox.Pages.Admin.Inbox.DataSubjects;

/// <summary>
/// A citizen's rights over their data (B5): the export of everything the inbox holds about them and its erasure,
/// with the dry run of what the erasure would do and a confirmation, for it cannot be undone. Both reach every unit's
/// requests, so the page needs a scope over all units besides the permission; anyone else gets a 404.
/// </summary>
[AuthorizePermission(Permissions.DataSubjectRightsName)]
public sealed class RightsModel(
    DataSubjectLookup lookup,
    DataSubjectExport export,
    DataSubjectErasure erasure,
    RequestAccess access,
    IAuthorizationService authorization,
    IStringLocalizer<InboxResources> S,
    TimeProvider clock) : PageModel
{
    public ErasurePlan Plan { get; private set; } = null!;

    /// <summary>The export carries the originals of redacted messages (each reading logged).</summary>
    public bool WithOriginals { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExportAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var document = await export.ExportAsync(Plan.Subject, UserId, WithOriginals, cancellationToken);
        return File(DataSubjectExport.Serialize(document), "application/json; charset=utf-8", DataSubjectExport.FileName(Plan.Subject, clock.GetUtcNow().UtcDateTime));
    }

    public async Task<IActionResult> OnPostEraseAsync(long id, bool confirm, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!confirm)
        {
            Errors = [S["DataSubject_Erase_ConfirmRequired"]];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var done = await erasure.EraseAsync(Plan.Subject, UserId, cancellationToken);
        TempData["Message"] = (S.Plural("DataSubject_Erase_Done", done.Erased.Count).Value + " "
            + (done.Held.Count == 0 ? S["DataSubject_Erase_DoneNoneKept"].Value : S.Plural("DataSubject_Erase_DoneKept", done.Held.Count, string.Join(", ", done.Held.Select(h => h.Reference))).Value)).Trim();
        return RedirectToPage(new { id });
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await access.ScopeAsync(User, cancellationToken) is not { AllUnits: true } || await lookup.FindAsync(id, cancellationToken) is not { } subject)
        {
            return false;
        }

        Plan = await erasure.PlanAsync(subject, cancellationToken);
        WithOriginals = await authorization.HasPermissionAsync(User, Permissions.ReadOriginals);
        return true;
    }
}
