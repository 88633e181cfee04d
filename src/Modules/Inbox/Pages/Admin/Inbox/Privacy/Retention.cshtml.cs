using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Pages.Admin.Inbox.Privacy;

/// <summary>
/// Retention (B4): a rule per category, legal holds, what a run would do now (the dry run) and a button that runs it,
/// with the log of past runs. The nightly task applies the same rules.
/// </summary>
[AuthorizePermission(Permissions.ConfigureName)]
public sealed class RetentionModel(Retention retention, IUnitOfWork unitOfWork, IStringLocalizer<InboxResources> S, TimeProvider clock) : PageModel
{
    private const int LogLines = 50;

    public sealed class RuleInput
    {
        public int CategoryId { get; set; }

        public RetentionAction Action { get; set; }

        public int? Months { get; set; }
    }

    public sealed record HoldRow(long RequestId, string Reference, string Reason, DateTime SinceUtc);

    [BindProperty]
    public List<RuleInput> Rules { get; set; } = [];

    public Dictionary<int, string> Categories { get; private set; } = [];

    public IReadOnlyList<RetentionCandidate> Plan { get; private set; } = [];

    public IReadOnlyList<HoldRow> Holds { get; private set; } = [];

    public IReadOnlyList<RetentionLogEntry> Log { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var rules = await unitOfWork.Db.Set<RetentionRule>().AsNoTracking().ToDictionaryAsync(r => r.CategoryId, cancellationToken);
        Rules = Categories.Keys.Select(id => rules.TryGetValue(id, out var rule)
            ? new RuleInput { CategoryId = id, Action = rule.Action, Months = rule.Months }
            : new RuleInput { CategoryId = id, Action = RetentionAction.Keep }).ToList();
    }

    public async Task<IActionResult> OnPostRulesAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            if (!Categories.TryGetValue(rule.CategoryId, out var name))
            {
                ModelState.AddModelError($"Rules[{i}].CategoryId", S["Retention_UnknownCategory"]);
            }
            else if (rule.Action != RetentionAction.Keep && rule.Months is not (>= 1 and <= RetentionRule.MaxMonths))
            {
                ModelState.AddModelError($"Rules[{i}].Months", S["Retention_MonthsRange", name, RetentionRule.MaxMonths]);
            }
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var db = unitOfWork.Db;
        await unitOfWork.BeginAsync(cancellationToken);
        await db.Set<RetentionRule>().ExecuteDeleteAsync(cancellationToken);
        db.AddRange(Rules.Where(r => r.Action != RetentionAction.Keep)
            .Select(r => new RetentionRule { CategoryId = r.CategoryId, Action = r.Action, Months = r.Months!.Value }));
        TempData["Message"] = S["Retention_Saved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken cancellationToken)
    {
        var done = await retention.RunAsync(UserId, cancellationToken);
        TempData["Message"] = S.Plural("Retention_RunDone", done.Count).Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHoldAsync(string? reference, string? reason, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var request = ReferenceNumbers.TryParse(reference, out var parsed)
            ? await db.Set<Request>().AsNoTracking().SingleOrDefaultAsync(r => r.Reference == parsed, cancellationToken)
            : null;
        if (request is null)
        {
            ModelState.AddModelError("reference", S["Retention_HoldNotFound"]);
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Length > LegalHold.ReasonLength)
        {
            ModelState.AddModelError("reason", S["Retention_HoldReason", LegalHold.ReasonLength]);
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync(cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!await db.Set<LegalHold>().AnyAsync(h => h.RequestId == request!.Id, cancellationToken))
        {
            db.Add(new LegalHold { RequestId = request!.Id, Reason = reason!.Trim(), UserId = UserId, SinceUtc = clock.GetUtcNow().UtcDateTime });
        }

        TempData["Message"] = S["Retention_HoldSet", request!.Reference].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostReleaseAsync(long requestId, CancellationToken cancellationToken)
    {
        await unitOfWork.Db.Set<LegalHold>().Where(h => h.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        TempData["Message"] = S["Retention_HoldReleased"].Value;
        return RedirectToPage();
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        Plan = await retention.PlanAsync(cancellationToken);
        Holds = await (from h in db.Set<LegalHold>().AsNoTracking()
                       join r in db.Set<Request>().AsNoTracking() on h.RequestId equals r.Id
                       orderby r.Reference
                       select new HoldRow(h.RequestId, r.Reference, h.Reason, h.SinceUtc)).ToListAsync(cancellationToken);
        Log = await db.Set<RetentionLogEntry>().AsNoTracking().OrderByDescending(l => l.Id).Take(LogLines).ToListAsync(cancellationToken);
    }
}
