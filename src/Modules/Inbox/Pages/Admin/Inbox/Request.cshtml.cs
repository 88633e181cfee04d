using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.CannedAnswers;
using Portal.Inbox.Categories;
using Portal.Inbox.Desk;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;
using Portal.PlainLanguage.Api;

namespace Portal.Inbox.Pages.Admin.Inbox;

/// <summary>
/// One request: its facts, the thread of every channel with delivery states, the internal notes, and the actions.
/// A reference that does not exist and one the person may not see get the same 404, so an address tells nothing;
/// an auditor reads it all and changes nothing.
/// </summary>
public sealed class RequestModel(
    RequestAccess access,
    RequestDesk desk,
    InboxQuery query,
    CannedAnswerAdministration canned,
    PlainAnswerCheck check,
    IEnumerable<IRequestAnswerSender> senders,
    IUnitOfWork unitOfWork,
    IStringLocalizer<InboxResources> S) : InboxPageModel(access)
{
    [BindProperty(SupportsGet = true)]
    public string Reference { get; set; } = "";

    /// <summary>A canned answer chosen without script: the composer opens with it filled in.</summary>
    [BindProperty(SupportsGet = true, Name = "respuesta")]
    public int? CannedId { get; set; }

    public Request Item { get; private set; } = null!;

    public RequestScope Scope { get; private set; } = null!;

    public Person? Person { get; private set; }

    public IReadOnlyList<PersonHandle> Handles { get; private set; } = [];

    public IReadOnlyList<RequestMessage> Messages { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    /// <summary>Who may be given the request: members of units, with the units they are in.</summary>
    public IReadOnlyList<(string UserId, string Name)> Staff { get; private set; } = [];

    public IReadOnlyDictionary<string, string> StaffNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<CannedAnswer> CannedAnswers { get; private set; } = [];

    public string? DuplicateOfReference { get; private set; }

    /// <summary>What the answer box holds: a refused answer's text, or a canned answer picked without script.</summary>
    public string AnswerText { get; private set; } = "";

    public TextResult? AnswerCheck { get; private set; }

    /// <summary>The form a refused action came from, and why, shown beside it.</summary>
    public string? ErrorForm { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (CannedId is { } cannedId)
        {
            AnswerText = await canned.FillAsync(cannedId, Item, cancellationToken) ?? "";
        }

        await desk.SeenAsync(Item, Scope.UserId, cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A canned answer filled in for this request, as plain text, for the composer's script.</summary>
    public async Task<IActionResult> OnGetFillAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await canned.FillAsync(id, Item, cancellationToken) is { } text ? Content(text, "text/plain; charset=utf-8") : NotFound();
    }

    /// <summary>The plain-language checks of the answer being written, for the composer as the person types.</summary>
    public async Task<IActionResult> OnPostCheckAsync(string? text, CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return Partial("_PlainCheck", await check.CheckAsync(text ?? "", cancellationToken));
    }

    public Task<IActionResult> OnPostStateAsync(RequestState? to, string? reason, CancellationToken cancellationToken) =>
        ActAsync("state", (scope, request) => to is { } state ? desk.ChangeStateAsync(request, state, reason, scope.UserId, cancellationToken) : Task.FromResult(DeskOutcome.Refused(S["State_Required"])), cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(int? unitId, string? ownerId, CancellationToken cancellationToken) =>
        ActAsync("assign", (scope, request) => desk.AssignAsync(request, unitId, ownerId, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostTakeAsync(CancellationToken cancellationToken) =>
        ActAsync("assign", (scope, request) => desk.AssignAsync(request, request.UnitId, scope.UserId, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCategoryAsync(int? categoryId, CancellationToken cancellationToken) =>
        ActAsync("category", (scope, request) => desk.SetCategoryAsync(request, categoryId, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string? note, CancellationToken cancellationToken) =>
        ActAsync("note", (scope, request) => desk.AddNoteAsync(request, note, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(long messageId, string? target, CancellationToken cancellationToken) =>
        ActAsync("message-" + messageId, (scope, request) => desk.MoveMessageAsync(scope, request, messageId, target, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSplitAsync(long messageId, CancellationToken cancellationToken) =>
        ActAsync("message-" + messageId, (scope, request) => desk.SplitAsync(request, messageId, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDuplicateAsync(string? target, CancellationToken cancellationToken) =>
        ActAsync("duplicate", (scope, request) => desk.MarkDuplicateAsync(scope, request, target, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublicAnswerAsync(string? publicAnswer, CancellationToken cancellationToken) =>
        ActAsync("public", (scope, request) => desk.SetPublicAnswerAsync(request, publicAnswer, scope.UserId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(string? answer, string? answerId, CancellationToken cancellationToken) =>
        ActAsync("answer", async (scope, request) =>
        {
            AnswerText = answer ?? "";
            if (string.IsNullOrWhiteSpace(answer) || string.IsNullOrWhiteSpace(answerId))
            {
                return DeskOutcome.Refused(S["Answer_Required"]);
            }

            if (senders.LastOrDefault() is not { } sender)
            {
                return DeskOutcome.Refused(S["Answer_Unavailable"]);
            }

            await unitOfWork.BeginAsync(cancellationToken);
            var outcome = await sender.SendAsync(request, answer.Trim(), answerId, scope.UserId, cancellationToken);
            return outcome.Succeeded ? DeskOutcome.Ok(S["Answer_Sent"]) : new DeskOutcome(null, string.Join(" ", outcome.Errors));
        }, cancellationToken);

    /// <summary>The request's address, with the form a message refers to.</summary>
    public string Here(string? anchor = null) => InboxPaths.Request(Item.Reference) + (anchor is null ? "" : "#" + anchor);

    public string StaffName(string? userId) => userId is null ? S["Inbox_NoOwner"].Value : StaffNames.GetValueOrDefault(userId, userId);

    private async Task<IActionResult> ActAsync(string form, Func<RequestScope, Request, Task<DeskOutcome>> action, CancellationToken cancellationToken)
    {
        if (await FindAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Scope.CanChange(Item))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var outcome = await action(Scope, Item);
        if (outcome.Error is { } error)
        {
            ErrorForm = form;
            Error = error;
            await LoadAsync(cancellationToken);
            if (form == "answer")
            {
                AnswerCheck = await check.CheckAsync(AnswerText, cancellationToken);
            }

            return Page();
        }

        TempData["Message"] = outcome.Done;
        return Scope.CanSee(Item) ? Redirect(Here(form)) : Redirect(InboxPaths.Admin);
    }

    /// <summary>Null when the request is there for this person; else the answer to give (the same 404 whether it exists or not).</summary>
    private async Task<IActionResult?> FindAsync(CancellationToken cancellationToken)
    {
        if (await ScopeAsync(cancellationToken) is not { } scope)
        {
            return Forbid();
        }

        if (!ReferenceNumbers.TryParse(Reference, out var reference) || await desk.FindAsync(scope, reference, cancellationToken) is not { } request)
        {
            return NotFound();
        }

        Scope = scope;
        Item = request;
        return null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var request = Item;
        if (request.PersonId is { } personId)
        {
            Person = await db.Set<Person>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
            Handles = await db.Set<PersonHandle>().AsNoTracking().Where(h => h.PersonId == personId).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        }

        Messages = await db.Set<RequestMessage>().AsNoTracking().Where(m => m.RequestId == request.Id).OrderBy(m => m.CreatedUtc).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        Units = await db.Set<Unit>().AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        var members = await db.Set<UnitMember>().AsNoTracking().Select(m => m.UserId).Distinct().ToListAsync(cancellationToken);
        StaffNames = await query.StaffNamesAsync(members.Append(Scope.UserId).Append(request.OwnerId), cancellationToken);
        Staff = [.. StaffNames.Select(s => (s.Key, s.Value)).OrderBy(s => s.Value, StringComparer.CurrentCulture)];
        CannedAnswers = await canned.OfferedAsync(request.CategoryId, cancellationToken);
        DuplicateOfReference = request.DuplicateOfId is { } duplicateOf
            ? await db.Set<Request>().Where(r => r.Id == duplicateOf).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken)
            : null;
    }
}
