using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Inbox.Calendar;
using Portal.Inbox.Reports;

namespace Portal.Inbox.Pages.Admin.Inbox.Report;

/// <summary>Volumes and response times by channel, unit, category and person, with the breaches, for supervisors and auditors.</summary>
[Authorize]
public sealed class IndexModel(ResponseReport reports, IAuthorizationService authorization, TimeProvider time, IStringLocalizer<InboxResources> S) : PageModel
{
    /// <summary>Two years of rows at most, so one request cannot ask the database for everything.</summary>
    public const int MaxDays = 731;

    private const int DefaultDays = 90;

    [BindProperty(SupportsGet = true, Name = "desde")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "hasta")]
    public string? To { get; set; }

    public StaffReport? Report { get; private set; }

    public string? Error { get; private set; }

    public string CsvUrl => InboxPaths.Report + "?handler=Csv&desde=" + Uri.EscapeDataString(From ?? "") + "&hasta=" + Uri.EscapeDataString(To ?? "");

    public string Channel(Requests.InboxChannel channel) => reports.Channel(channel);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Range() is { } range)
        {
            Report = await reports.StaffAsync(range.From, range.To, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync())
        {
            return Forbid();
        }

        if (Range() is not { } range)
        {
            return BadRequest(new ProblemDetails { Status = 400, Title = Error });
        }

        var report = await reports.StaffAsync(range.From, range.To, cancellationToken);
        var name = string.Create(CultureInfo.InvariantCulture, $"informe-atencion-{range.From:yyyy-MM-dd}-{range.To:yyyy-MM-dd}.csv");
        return File(ReportCsv.Write(report, reports.Channel, S), "text/csv; charset=utf-8", name);
    }

    private async Task<bool> AllowedAsync() =>
        await authorization.HasPermissionAsync(User, Permissions.Supervise) || await authorization.HasPermissionAsync(User, Permissions.Audit);

    /// <summary>The days asked for, the last 90 by default; null (with <see cref="Error"/> set) when they make no range.</summary>
    private (DateOnly From, DateOnly To)? Range()
    {
        var today = BusinessCalendar.LocalDate(time.GetUtcNow().UtcDateTime);
        var to = string.IsNullOrWhiteSpace(To) ? today : Parse(To);
        var from = string.IsNullOrWhiteSpace(From) ? to?.AddDays(1 - DefaultDays) : Parse(From);
        Error = from is null || to is null ? S["Report_Error_Date"].Value
            : from > to ? S["Report_Error_Order"].Value
            : to.Value.DayNumber - from.Value.DayNumber >= MaxDays ? S["Report_Error_Long", MaxDays].Value
            : null;
        From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? From;
        To = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? To;
        return Error is null ? (from!.Value, to!.Value) : null;
    }

    private static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
