using System.Net;
using Portal.Core.Security;
using Portal.Inbox;
using Portal.Inbox.Requests;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Clocks;

/// <summary>The calendar and targets pages: Spanish messages for bad input, and what they save is what the clocks count on.</summary>
public sealed class ClockSettingsPageTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_office_hours_and_holidays_are_refused_in_Spanish_without_saving()
    {
        using var admin = await Host.SignedInClientAsync();

        using var hours = await admin.PostFormAsync(InboxPaths.Calendar, Week("9:00-14:00, 13:00-15:00", "14:00-9:00", "mañanas"), InboxPaths.Calendar + "?handler=Hours");
        using var duplicate = await admin.PostFormAsync(InboxPaths.Calendar, Holiday("2026-12-08", "Otra fiesta"), InboxPaths.Calendar + "?handler=Holiday");
        using var badDate = await admin.PostFormAsync(InboxPaths.Calendar, Holiday("31-02-2026", "Fiesta imposible"), InboxPaths.Calendar + "?handler=Holiday");
        var page = await admin.GetStringAsync(InboxPaths.Calendar, Ct);

        Assert.Equal(HttpStatusCode.OK, hours.StatusCode);
        var hoursPage = await hours.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Lunes: hay tramos que se solapan.", hoursPage, StringComparison.Ordinal);
        Assert.Contains("Martes: cada tramo tiene que terminar después de empezar.", hoursPage, StringComparison.Ordinal);
        Assert.Contains("Miércoles: escribe cada tramo como «9:00-14:00»", hoursPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Contains("Ya hay un festivo el 8 de diciembre de 2026.", await duplicate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("Escribe la fecha del festivo.", await badDate.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("value=\"9:00-14:00\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Fiesta imposible", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_shift_and_a_local_holiday_saved_on_the_page_are_what_the_clocks_count_on()
    {
        using var admin = await Host.SignedInClientAsync();
        var split = "9:00-14:00, 16:00-18:30";

        using var saved = await admin.PostFormAsync(InboxPaths.Calendar, Week(split, split, split, split, "9:00-14:00"), InboxPaths.Calendar + "?handler=Hours");
        using var added = await admin.PostFormAsync(InboxPaths.Calendar, Holiday("2026-12-16", "Fiesta local de prueba"), InboxPaths.Calendar + "?handler=Holiday");
        var page = await admin.GetStringAsync(InboxPaths.Calendar, Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"value=\"{split}\"", page, StringComparison.Ordinal);
        Assert.Contains("Fiesta local de prueba", page, StringComparison.Ordinal);

        // Monday 14 Dec 2026 13:00 local on Mastodon, 24 office hours: Mon 13–14 and 16–18:30 (3.5), Tue 7.5 (11),
        // Wed 16 is now a local holiday, Thu 7.5 (18.5), Fri 9–14 (23.5), Mon 21 9:00–9:30: 8:30 UTC.
        var request = await Host.OpenRequestAsync("¿Dónde se recoge la tarjeta de aparcamiento?", InboxChannel.Mastodon, "conductora@vecinos.example", new DateTime(2026, 12, 14, 12, 0, 0, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 12, 21, 8, 30, 0, DateTimeKind.Utc), request.FirstResponseDueUtc);
    }

    [Fact]
    public async Task Targets_refuse_bad_amounts_duplicates_and_bad_warning_levels_and_save_good_ones()
    {
        using var admin = await Host.SignedInClientAsync();
        const string Add = InboxPaths.Targets + "?handler=Add";

        using var zero = await admin.PostFormAsync(InboxPaths.Targets, Target("0", ""), Add);
        using var twice = await admin.PostFormAsync(InboxPaths.Targets, Target("5", "", "Resolution", "CalendarMonths"), Add);
        using var warnings = await admin.PostFormAsync(InboxPaths.Targets, [new("Warnings", "50, 150")], InboxPaths.Targets + "?handler=Warnings");
        using var good = await admin.PostFormAsync(InboxPaths.Targets, Target("48", "WhatsApp", "NextResponse", "WorkingHours"), Add);
        using var goodWarnings = await admin.PostFormAsync(InboxPaths.Targets, [new("Warnings", "75 %, 25")], InboxPaths.Targets + "?handler=Warnings");
        var page = await admin.GetStringAsync(InboxPaths.Targets, Ct);

        Assert.Contains("Escribe una cantidad entre 1 y 1000.", await zero.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Ya hay un plazo de ese tipo", await twice.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Escribe porcentajes distintos entre 1 y 99", await warnings.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, goodWarnings.StatusCode);
        Assert.Contains("48 horas de atención", page, StringComparison.Ordinal);
        Assert.Contains("20 días hábiles", page, StringComparison.Ordinal);
        Assert.Contains("value=\"25, 75\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_those_who_configure_the_inbox_reach_its_calendar_and_targets()
    {
        await Host.CreateUserAsync("agente-calendario", PortalRoles.CitizenService);
        using var agent = await Host.SignedInClientAsync("agente-calendario", TestUsers.Password);

        using var calendar = await agent.GetAsync(InboxPaths.Calendar, Ct);
        using var targets = await agent.GetAsync(InboxPaths.Targets, Ct);

        Assert.Equal(HttpStatusCode.Redirect, calendar.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, targets.StatusCode);
        Assert.Contains("/admin/acceso-denegado", calendar.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static KeyValuePair<string, string>[] Week(params string[] days) =>
        [.. Enumerable.Range(0, 7).Select(i => new KeyValuePair<string, string>($"Hours[{i}]", i < days.Length ? days[i] : ""))];

    private static KeyValuePair<string, string>[] Holiday(string date, string name) =>
        [new("NewHoliday.Date", date), new("NewHoliday.Name", name), new("NewHoliday.Scope", "Local")];

    private static KeyValuePair<string, string>[] Target(string amount, string channel, string kind = "FirstResponse", string unit = "WorkingHours") =>
        [new("NewTarget.Kind", kind), new("NewTarget.CategoryId", ""), new("NewTarget.Channel", channel), new("NewTarget.Amount", amount), new("NewTarget.Unit", unit)];
}
