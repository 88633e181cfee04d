using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Calendar;
using Portal.Inbox.Clocks;

namespace Portal.Inbox.Pages.Admin.Inbox.Calendar;

/// <summary>The office hours of each weekday (split shifts allowed) and the holidays the clocks skip.</summary>
[AuthorizePermission(Permissions.ConfigureName)]
public sealed class IndexModel(IUnitOfWork unitOfWork, IStringLocalizer<InboxResources> S) : PageModel
{
    /// <summary>The weekdays in the order a Spanish calendar shows them.</summary>
    public static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public sealed class HolidayForm
    {
        public DateOnly? Date { get; set; }

        public string? Name { get; set; }

        public HolidayScope Scope { get; set; } = HolidayScope.Local;
    }

    /// <summary>One text per weekday, Monday first: "9:00-14:00, 16:00-18:30".</summary>
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    [BindProperty]
    public List<string?> Hours { get; set; } = [];

    [BindProperty]
    public HolidayForm NewHoliday { get; set; } = new();

    public IReadOnlyList<Holiday> Holidays { get; private set; } = [];

    public IEnumerable<(string Field, string Message)> Errors =>
        ModelState.Where(e => e.Value is { Errors.Count: > 0 }).Select(e => (e.Key, e.Value!.Errors[0].ErrorMessage));

    public string? ErrorOf(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The element id of a bound field name: "Hours[0]" → "Hours_0_", as the form's labels use.</summary>
    public static string IdOf(string field) => field.Replace('[', '_').Replace(']', '_').Replace('.', '_');

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var intervals = await unitOfWork.Db.Set<WorkingInterval>().AsNoTracking().ToListAsync(cancellationToken);
        Hours = [.. Week.Select(day => WeekHours.Format(intervals.Where(i => i.Day == day).Select(i => i.Span)))];
        await LoadHolidaysAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostHoursAsync(CancellationToken cancellationToken)
    {
        var week = new List<(DayOfWeek Day, WorkingSpan Span)>();
        for (var i = 0; i < Week.Length; i++)
        {
            var (spans, error) = WeekHours.Parse(Hours.ElementAtOrDefault(i));
            var day = S["Calendar_Day_" + Week[i]];
            if (error is { } e)
            {
                ModelState.AddModelError($"Hours[{i}]", S["Calendar_Error_" + e, day]);
            }

            week.AddRange(spans.Select(s => (Week[i], s)));
        }

        if (ModelState.ErrorCount == 0 && week.Count == 0)
        {
            ModelState.AddModelError("Hours[0]", S["Calendar_Error_NoHours"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            await LoadHolidaysAsync(cancellationToken);
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        await db.Set<WorkingInterval>().ExecuteDeleteAsync(cancellationToken);
        db.AddRange(week.Select(w => new WorkingInterval { Day = w.Day, StartMinute = Minutes(w.Span.Start), EndMinute = Minutes(w.Span.End) }));
        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Calendar_HoursSaved"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHolidayAsync(CancellationToken cancellationToken)
    {
        // The binder's own messages are in English; these fields get the page's Spanish ones instead.
        ModelState.Clear();
        var db = unitOfWork.Db;
        var name = NewHoliday.Name?.Trim() ?? "";
        if (NewHoliday.Date is not { } date)
        {
            ModelState.AddModelError("NewHoliday.Date", S["Calendar_Error_Date"]);
        }
        else if (await db.Set<Holiday>().AnyAsync(h => h.Date == date, cancellationToken))
        {
            ModelState.AddModelError("NewHoliday.Date", S["Calendar_Error_Duplicate", date.ToString("d 'de' MMMM 'de' yyyy", Spanish)]);
        }

        if (name.Length == 0 || name.Length > Holiday.NameLength)
        {
            ModelState.AddModelError("NewHoliday.Name", S["Calendar_Error_Name", Holiday.NameLength]);
        }

        if (!Enum.IsDefined(NewHoliday.Scope))
        {
            ModelState.AddModelError("NewHoliday.Scope", S["Calendar_Error_Scope"]);
        }

        if (ModelState.ErrorCount > 0)
        {
            await OnGetAsync(cancellationToken);
            return Page();
        }

        await unitOfWork.BeginAsync(cancellationToken);
        db.Add(new Holiday { Date = NewHoliday.Date!.Value, Name = name, Scope = NewHoliday.Scope });
        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Calendar_HolidayAdded", name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var removed = await unitOfWork.Db.Set<Holiday>().Where(h => h.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return NotFound();
        }

        ClockRulesCache.AfterChange(unitOfWork);
        TempData["Message"] = S["Calendar_HolidayRemoved"].Value;
        return RedirectToPage();
    }

    private async Task LoadHolidaysAsync(CancellationToken cancellationToken) =>
        Holidays = await unitOfWork.Db.Set<Holiday>().AsNoTracking().OrderBy(h => h.Date).ToListAsync(cancellationToken);

    private static int Minutes(TimeOnly time) => (time.Hour * 60) + time.Minute;
}
