using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Localization;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Pages.Admin.Inbox.Targets;

/// <summary>How long each clock may run per category and channel, and at what share of it staff are warned.</summary>
[AuthorizePermission(Permissions.ConfigureName)]
public sealed class IndexModel(IUnitOfWork unitOfWork, ISiteSettingsStore settings, IStringLocalizer<InboxResources> S) : PageModel
{
    public const int MaxAmount = 1000;

    public sealed class TargetForm
    {
        public int? CategoryId { get; set; }

        public InboxChannel? Channel { get; set; }

        public ClockKind Kind { get; set; } = ClockKind.Resolution;

        public int? Amount { get; set; }

        public TargetUnit Unit { get; set; } = TargetUnit.WorkingDays;
    }

    [BindProperty]
    public TargetForm NewTarget { get; set; } = new();

    [BindProperty]
    public string? Warnings { get; set; }

    public IReadOnlyList<ResponseTarget> Rows { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Categories { get; private set; } = new Dictionary<int, string>();

    public string? ErrorOf(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public IEnumerable<(string Field, string Message)> Errors =>
        ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => (e.Key.Replace('.', '_'), e.Value!.Errors[0].ErrorMessage));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        Categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Name).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        Rows = (await db.Set<ResponseTarget>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.Kind).ThenBy(t => t.CategoryId is null).ThenBy(t => t.Channel is null).ThenBy(t => t.Channel).ToList();
        Warnings ??= string.Join(", ", (await settings.GetAsync<ClockSettings>(cancellationToken)).WarningPercents);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        // The binder's own messages are in English; every field gets the page's Spanish one instead.
        ModelState.Clear();
        var db = unitOfWork.Db;
        var form = NewTarget;
        if (form.Amount is not (> 0 and <= MaxAmount))
        {
            ModelState.AddModelError("NewTarget.Amount", S["Targets_Error_Amount", MaxAmount]);
        }

        if (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.Unit) || (form.Channel is { } c && !Enum.IsDefined(c)))
        {
            ModelState.AddModelError("NewTarget.Kind", S["Targets_Error_Choice"]);
        }
        else if (form.CategoryId is { } categoryId && !await db.Set<Category>().AnyAsync(x => x.Id == categoryId, cancellationToken))
        {
            ModelState.AddModelError("NewTarget.CategoryId", S["Targets_Error_Choice"]);
        }
        else if (await db.Set<ResponseTarget>().AnyAsync(t => t.Kind == form.Kind && t.CategoryId == form.CategoryId && t.Channel == form.Channel, cancellationToken))
        {
            ModelState.AddModelError("NewTarget.Kind", S["Targets_Error_Duplicate"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        db.Add(new ResponseTarget { CategoryId = form.CategoryId, Channel = form.Channel, Kind = form.Kind, Amount = form.Amount!.Value, Unit = form.Unit });
        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Targets_Added"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        if (await unitOfWork.Db.Set<ResponseTarget>().Where(t => t.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return NotFound();
        }

        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Targets_Removed"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWarningsAsync(CancellationToken cancellationToken)
    {
        var parts = (Warnings ?? "").Replace("%", "", StringComparison.Ordinal).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var percents = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var percent) || percent is < 1 or > 99 || percents.Contains(percent))
            {
                ModelState.AddModelError(nameof(Warnings), S["Targets_Error_Warnings"]);
                await OnGetAsync(cancellationToken);
                return Page();
            }

            percents.Add(percent);
        }

        await settings.SaveAsync(unitOfWork, new ClockSettings { WarningPercents = [.. percents.Order()] }, cancellationToken);
        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Targets_WarningsSaved"].Value;
        return RedirectToPage();
    }

    public string Describe(ResponseTarget target) =>
        S.Plural("Targets_Amount_" + target.Unit, target.Amount);
}
