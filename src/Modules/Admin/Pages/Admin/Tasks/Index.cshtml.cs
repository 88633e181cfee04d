using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Admin.Tasks;
using Portal.Core.Security;
using Portal.Core.Settings;

namespace Portal.Admin.Pages.Admin.Tasks;

[AuthorizePermission(TaskPermissions.ManageTasksName)]
public sealed class IndexModel(TaskAdminService tasks, ISiteSettingsStore settings, IStringLocalizer<TasksResources> S) : PageModel
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    public IReadOnlyList<ScheduledTaskStatus> Tasks { get; private set; } = [];

    public string? Error { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRunAsync(string? name, CancellationToken cancellationToken) =>
        ActAsync(name, (n, ct) => tasks.RequestRunAsync(n, ct), "Tasks_RunRequested", "Tasks_CannotRun", cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string? name, CancellationToken cancellationToken) =>
        ActAsync(name, (n, ct) => tasks.SetEnabledAsync(n, true, ct), "Tasks_Enabled", "Tasks_CannotEnable", cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(string? name, CancellationToken cancellationToken) =>
        ActAsync(name, (n, ct) => tasks.SetEnabledAsync(n, false, ct), "Tasks_Disabled", "Tasks_CannotDisable", cancellationToken);

    /// <summary>A UTC moment in the site's time zone, as editors read dates.</summary>
    public string FormatTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("dd/MM/yyyy HH:mm:ss", Spanish);

    public string FormatDuration(long milliseconds) => milliseconds < 1000
        ? S["Tasks_DurationMilliseconds", milliseconds.ToString("N0", Spanish)]
        : S["Tasks_DurationSeconds", (milliseconds / 1000d).ToString("N1", Spanish)];

    private async Task<IActionResult> ActAsync(string? name, Func<string, CancellationToken, Task<TaskActionOutcome>> action, string doneKey, string refusedKey, CancellationToken cancellationToken)
    {
        name ??= "";
        var outcome = await action(name, cancellationToken);
        if (outcome == TaskActionOutcome.Done)
        {
            TempData["Message"] = S[doneKey, name].Value;
            return RedirectToPage();
        }

        Error = outcome == TaskActionOutcome.NotFound ? S["Tasks_NotFound", name] : S[refusedKey, name];
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        if (TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone))
        {
            _zone = zone;
        }

        Tasks = await tasks.ListAsync(cancellationToken);
    }
}
