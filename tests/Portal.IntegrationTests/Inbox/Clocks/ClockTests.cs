using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tasks;
using Portal.Inbox;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;
using Portal.IntegrationTests.Users;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Clocks;

/// <summary>
/// The clocks of requests on the seeded calendar (Monday to Friday 9:00–14:00, Spain's national holidays), driven
/// through the intake and the request log of the running site. Each test uses its own dates, so they share one site.
/// </summary>
public sealed class ClockTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Friday_evening_message_on_a_network_is_due_after_24_office_hours_and_only_a_real_answer_stops_the_clock()
    {
        // Friday 4 Dec 2026 19:00 local. 24 office hours: Mon 7 (5), Tue 8 is a holiday, Wed 9..Fri 11 (20), Mon 14
        // until 13:00 local = 12:00 UTC. Resolution, 3 months by default: Thursday 4 Mar 2027, 23:59:59 local.
        var request = await Host.OpenRequestAsync("¿Cuándo abre la biblioteca en Navidad?", InboxChannel.Mastodon, "lectora@vecinos.example", Utc(2026, 12, 4, 18, 0));

        Assert.Equal(Utc(2026, 12, 14, 12, 0), request.FirstResponseDueUtc);
        Assert.Equal(Utc(2027, 3, 4, 22, 59, 59), request.ResolutionDueUtc);

        // The acknowledgement is not an answer; Monday 7 at 10:00 local is, one office hour after the office opened.
        await Host.AnswerAsync(request.Id, Utc(2026, 12, 4, 18, 1), MessagePurpose.Acknowledgement);
        Assert.Null((await Host.ClocksAsync(request.Id)).Single(c => c.Kind == ClockKind.FirstResponse).EndUtc);
        await Host.AnswerAsync(request.Id, Utc(2026, 12, 7, 9, 0));

        var first = (await Host.ClocksAsync(request.Id)).Single(c => c.Kind == ClockKind.FirstResponse);
        Assert.Equal(Utc(2026, 12, 7, 9, 0), first.EndUtc);
        Assert.Equal(3600, first.ElapsedSeconds);
        Assert.True(first.Met);
        Assert.Equal(InboxChannel.Mastodon, first.Channel);
    }

    [Fact]
    public async Task A_complaint_pauses_while_waiting_for_the_citizen_and_a_reopening_starts_a_new_resolution_cycle()
    {
        // Monday 14 Dec 2026 10:00 local, by web form (no first-response target there), filed as a complaint: 20
        // working days, Thursday 14 Jan 2027 at 23:59:59 local.
        var request = await Host.OpenRequestAsync("Queja por el ruido de la obra de la calle Mayor", InboxChannel.WebForm, "vecino@correo.example", Utc(2026, 12, 14, 9, 0));
        Assert.Null(request.FirstResponseDueUtc);
        await Host.CategoriseAsync(request.Id, "Quejas y sugerencias", Utc(2026, 12, 14, 9, 5));
        Assert.Equal(Utc(2027, 1, 14, 22, 59, 59), (await Host.RequestAsync(request.Id)).ResolutionDueUtc);

        // Waiting for the citizen from Tuesday 15 12:00 to Thursday 17 10:00 local: the ends of Tuesday and
        // Wednesday pass while paused, so two more working days: Monday 18 Jan 2027.
        await Host.MoveAsync(request.Id, RequestState.WaitingForCitizen, Utc(2026, 12, 15, 11, 0));
        Assert.NotNull((await Host.ClocksAsync(request.Id)).Single(c => c.Kind == ClockKind.Resolution).PausedSinceUtc);
        await Host.MoveAsync(request.Id, RequestState.InProgress, Utc(2026, 12, 17, 9, 0));
        Assert.Equal(Utc(2027, 1, 18, 22, 59, 59), (await Host.RequestAsync(request.Id)).ResolutionDueUtc);

        // Answered on Friday 18 at 13:00 local: Mon 4 + Tue 5 + Wed 5 + Thu 5 + Fri 4 = 23 office hours, 8 of them
        // paused (Tue 12–14, Wed, Thu 9–10): 15 hours.
        await Host.AnswerAsync(request.Id, Utc(2026, 12, 18, 12, 0));
        await Host.MoveAsync(request.Id, RequestState.Answered, Utc(2026, 12, 18, 12, 0));
        // The citizen writes on Monday 21 at 9:30 local; it is closed half an hour later, which stops that clock too.
        await Host.CitizenWritesAsync(request.Id, Utc(2026, 12, 21, 8, 30));
        await Host.MoveAsync(request.Id, RequestState.Closed, Utc(2026, 12, 21, 9, 0));
        // Reopened on Monday 28 at 10:00 local: 20 working days from Tuesday 29 (1 and 6 Jan are holidays) end on
        // Wednesday 27 Jan 2027.
        await Host.MoveAsync(request.Id, RequestState.Reopened, Utc(2026, 12, 28, 9, 0));

        var clocks = await Host.ClocksAsync(request.Id);
        var firstResponse = clocks.Single(c => c.Kind == ClockKind.FirstResponse);
        Assert.Equal(15 * 3600, firstResponse.ElapsedSeconds);
        Assert.Null(firstResponse.Met);
        var resolution = clocks.Single(c => c is { Kind: ClockKind.Resolution, Cycle: 1 });
        Assert.Equal(15 * 3600, resolution.ElapsedSeconds);
        Assert.Equal(Utc(2027, 1, 18, 22, 59, 59), resolution.DueUtc);
        Assert.True(resolution.Met);
        var next = clocks.Single(c => c.Kind == ClockKind.NextResponse);
        Assert.Equal(1800, next.ElapsedSeconds);
        var reopened = clocks.Single(c => c is { Kind: ClockKind.Resolution, Cycle: 2 });
        Assert.Equal(Utc(2026, 12, 28, 9, 0), reopened.StartUtc);
        Assert.Null(reopened.EndUtc);
        Assert.Equal(Utc(2027, 1, 27, 22, 59, 59), reopened.DueUtc);
        Assert.Equal(reopened.DueUtc, (await Host.RequestAsync(request.Id)).ResolutionDueUtc);
    }

    [Fact]
    public async Task Warnings_are_logged_once_per_level_even_when_several_runs_race_and_the_owner_sees_them()
    {
        // Thirty days ago its 24 office hours ran out: the 50 %, 80 % and breach warnings are all due.
        var request = await Host.OpenRequestAsync("¿Hay ayudas para el comedor escolar?", InboxChannel.Facebook, "madre@vecinos.example", DateTime.UtcNow.AddDays(-30));
        var adminId = await Host.UserIdAsync(PortalHost.AdminUserName);
        await Host.AssignAsync(request.Id, adminId);

        Host.Services.GetRequiredService<IBackgroundTaskTrigger>().RequestRun(ClockWarningTask.TaskName);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Host.RunAsync((services, ct) =>
            ActivatorUtilities.CreateInstance<ClockWarningTask>(services).RunAsync(services, ct))));
        await Tasks.TaskRecorder.WaitUntilAsync(async () => (await WarningsAsync(request.Id)).Count >= 3, "the three first-response warnings");

        var warnings = await WarningsAsync(request.Id);
        Assert.Equal(["Aviso: ha pasado el 50 % del plazo de primera respuesta.", "Aviso: ha pasado el 80 % del plazo de primera respuesta.", "Fuera de plazo: no se ha dado la primera respuesta a tiempo."], warnings);
        var first = (await Host.ClocksAsync(request.Id)).Single(c => c.Kind == ClockKind.FirstResponse);
        Assert.Equal(100, first.WarnedPercent);
        Assert.Null(first.NextWarningUtc);

        var deadlines = await Host.RunAsync((services, ct) => services.GetRequiredService<RequestDeadlines>().ForAsync([request.Id], ct));
        Assert.Equal(DeadlineLevel.Breached, deadlines[request.Id].Level);
        Assert.Equal(ClockKind.FirstResponse, deadlines[request.Id].Kind);

        using var admin = await Host.SignedInClientAsync();
        var dashboard = await admin.GetStringAsync("/admin", Ct);
        Assert.Contains(WebUtility.HtmlEncode(request.Reference), dashboard, StringComparison.Ordinal);
        Assert.Contains("cerca del plazo o fuera de plazo", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_shows_medians_percentiles_and_breaches_and_its_CSV_opens_in_Spanish_Excel()
    {
        // Monday 6 Oct 2025 9:00 local (7:00 UTC, summer time; a month no other test here writes in, whatever the date): three Mastodon requests answered after 1, 2 and 4
        // office hours, and one never answered. Median 2; p90 at rank 0.9·2 = 1.8, from 2 towards 4: 3.6; mean 2.3.
        var answered = new[] { 1, 2, 4 };
        foreach (var hours in answered)
        {
            var request = await Host.OpenRequestAsync("Consulta de octubre " + hours, InboxChannel.Mastodon, $"octubre{hours}@vecinos.example", Utc(2025, 10, 6, 7, 0));
            await Host.AnswerAsync(request.Id, Utc(2025, 10, 6, 7 + hours, 0));
        }

        var late = await Host.OpenRequestAsync("Consulta sin respuesta", InboxChannel.Mastodon, "olvidada@vecinos.example", Utc(2025, 10, 7, 7, 0));
        await Host.CreateUserAsync("supervisora", PortalRoles.CitizenServiceSupervisor);
        using var supervisor = await Host.SignedInClientAsync("supervisora", TestUsers.Password);

        var page = await supervisor.GetStringAsync(InboxPaths.Report + "?desde=2025-10-01&hasta=2025-10-31", Ct);
        using var csv = await supervisor.GetAsync(InboxPaths.Report + "?handler=Csv&desde=2025-10-01&hasta=2025-10-31", Ct);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Contains("4 solicitudes recibidas en el periodo", page, StringComparison.Ordinal);
        Assert.Contains("<td>3,6</td>", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{InboxPaths.Request(late.Reference)}\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Contains("Mastodon;4;3;2,0;3,6;2,3;100,0;", text, StringComparison.Ordinal);
        Assert.Contains("2025-S41;4", text, StringComparison.Ordinal);
        Assert.Contains(late.Reference + ";Primera respuesta;Mastodon;2025-10-07 09:00", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_refuses_bad_dates_with_a_4xx_and_people_without_the_permission()
    {
        await Host.CreateUserAsync("redactora-informe", PortalRoles.Editor);
        using var admin = await Host.SignedInClientAsync();
        using var editor = await Host.SignedInClientAsync("redactora-informe", TestUsers.Password);

        using var badPage = await admin.GetAsync(InboxPaths.Report + "?desde=2026-13-01&hasta=ayer", Ct);
        using var badCsv = await admin.GetAsync(InboxPaths.Report + "?handler=Csv&desde=2026-10-31&hasta=2026-10-01", Ct);
        using var tooLong = await admin.GetAsync(InboxPaths.Report + "?desde=2020-01-01&hasta=2026-01-01", Ct);
        using var denied = await editor.GetAsync(InboxPaths.Report, Ct);

        Assert.Equal(HttpStatusCode.OK, badPage.StatusCode);
        Assert.Contains("Escribe las fechas como día, mes y año.", await badPage.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badCsv.StatusCode);
        Assert.Contains("anterior a la fecha", await badCsv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("como mucho 731 días", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/admin/acceso-denegado", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_transparency_page_shows_the_aggregates_to_anyone_without_references_or_names()
    {
        var request = await Host.OpenRequestAsync("Consulta de septiembre sobre el padrón", InboxChannel.Bluesky, "septiembre@vecinos.example", DateTime.UtcNow.AddDays(-60));
        await Host.AnswerAsync(request.Id, DateTime.UtcNow.AddDays(-59));
        using var visitor = Host.CreateBrowserLikeClient();

        using var response = await visitor.GetAsync(InboxPaths.Transparency, Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cuánto tardamos en responder", page, StringComparison.Ordinal);
        Assert.Contains("Bluesky", page, StringComparison.Ordinal);
        Assert.DoesNotContain("REF-", page, StringComparison.Ordinal);
        Assert.DoesNotContain("septiembre@vecinos.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain("padrón", page, StringComparison.Ordinal);

        // Every public page's footer leads there.
        var home = await visitor.GetStringAsync("/", Ct);
        Assert.Contains($"<a href=\"{InboxPaths.Transparency}\">Cuánto tardamos en responder</a>", home, StringComparison.Ordinal);
    }

    private Task<List<string?>> WarningsAsync(long requestId) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<RequestEvent>().AsNoTracking()
            .Where(e => e.RequestId == requestId && e.Kind == RequestEventKind.Warning && e.Detail!.Contains("primera respuesta"))
            .OrderBy(e => e.Id).Select(e => e.Detail).ToListAsync(ct));

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) => new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
