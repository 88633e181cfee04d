using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.People;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Pages.Admin.Inbox.People;

/// <summary>
/// A citizen as the inbox knows them: their handles, their requests (those the viewer may see), the people merged
/// into them, and the merges' log. Staff merge another person in by a reference of theirs, and undo a merge.
/// A person none of whose requests the viewer may see is a 404, as a request of another unit is.
/// </summary>
// Staff who handle requests and auditors alike: RequestAccess says what each may see, and answers 404 to the rest.
[Authorize]
public sealed class PersonModel(IUnitOfWork unitOfWork, RequestAccess access, PersonMerges merges, IAuthorizationService authorization, IStringLocalizer<InboxResources> S) : PageModel
{
    public Person Person { get; private set; } = null!;

    public Person? MergedInto { get; private set; }

    public IReadOnlyList<PersonHandle> Handles { get; private set; } = [];

    public IReadOnlyList<Person> MergedIn { get; private set; } = [];

    public IReadOnlyList<Request> Requests { get; private set; } = [];

    public IReadOnlyList<RequestEvent> Log { get; private set; } = [];

    public bool CanChange { get; private set; }

    /// <summary>The viewer may export and erase the person's data: the rights reach every unit's requests.</summary>
    public bool CanExerciseRights { get; private set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Merges into this person the person behind another request's reference.</summary>
    public async Task<IActionResult> OnPostMergeAsync(long id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanChange)
        {
            return NotFound();
        }

        var other = ReferenceNumbers.TryParse(Reference, out var reference) && await ScopeAsync(cancellationToken) is { } scope
            ? await access.Visible(scope).Where(r => r.Reference == reference).Select(r => r.PersonId).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (other is null)
        {
            return Invalid([S["Merge_UnknownReference"]]);
        }

        var errors = await merges.MergeAsync(other.Value, Person.Id, UserId, Reason?.Trim(), cancellationToken);
        if (errors.Count > 0)
        {
            await unitOfWork.RollbackAsync(cancellationToken);
            return Invalid(errors);
        }

        TempData["Message"] = S["Merge_Done"].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnmergeAsync(long id, long personId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || !CanChange || MergedIn.All(p => p.Id != personId))
        {
            return NotFound();
        }

        var errors = await merges.UnmergeAsync(personId, UserId, cancellationToken);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        TempData["Message"] = S["Unmerge_Done"].Value;
        return RedirectToPage(new { id });
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private Task<RequestScope?> ScopeAsync(CancellationToken cancellationToken) => access.ScopeAsync(User, cancellationToken);

    private PageResult Invalid(IReadOnlyList<string> errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var person = await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null || await ScopeAsync(cancellationToken) is not { } scope)
        {
            return false;
        }

        var group = await merges.GroupAsync(person.Id, cancellationToken);
        var requests = await access.Visible(scope).Where(r => r.PersonId != null && group.Contains(r.PersonId.Value))
            .OrderByDescending(r => r.UpdatedUtc).Take(200).ToListAsync(cancellationToken);
        if (requests.Count == 0 && !scope.AllUnits)
        {
            return false;
        }

        Person = person;
        Requests = requests;
        CanChange = !scope.ReadOnly;
        CanExerciseRights = scope.AllUnits && await authorization.HasPermissionAsync(User, Permissions.DataSubjectRights);
        MergedInto = person.MergedIntoId is { } into ? await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == into, cancellationToken) : null;
        MergedIn = await db.Set<Person>().AsNoTracking().Where(p => p.MergedIntoId == person.Id).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        Handles = await db.Set<PersonHandle>().AsNoTracking().Where(h => group.Contains(h.PersonId)).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        Log = await db.Set<RequestEvent>().AsNoTracking().Where(e => e.PersonId == person.Id && e.RequestId == null).OrderByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
        return true;
    }
}
