using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Clocks;
using Portal.Inbox.Reports;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Reports;

/// <summary>
/// The report's figures as the database groups them, against a hand calculation, on SQLite and on PostgreSQL: the
/// percentiles' interpolation and ties, groups without unit or owner, channels with requests but no clock, and
/// weeks and months cut in Madrid time around the end of summer time. Clocks are written as the clock observer
/// leaves them once stopped, so the figures are exact whole hours.
/// </summary>
public sealed class ReportFigureTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    private const int UnitX = 901;
    private const int UnitY = 902;

    /// <summary>First-response hours of the twelve e-mails, in the order they came: 1 … 10, 20, 30.</summary>
    private static readonly int[] EmailHours = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_database_computes_the_hand_calculated_medians_percentiles_means_and_weeks()
    {
        // E-mails hourly from Sunday 27 Oct 2024 22:30 UTC, 23:30 in Madrid once summer time is over (week 43); the
        // second is at 00:30 on Monday in Madrid though still Sunday in UTC (week 44). Target 9 office hours.
        var emailStart = new DateTime(2024, 10, 27, 22, 30, 0, DateTimeKind.Utc);
        await SeedAsync([.. EmailHours.Select((hours, i) => new Seed(InboxChannel.Email, emailStart.AddHours(i), ClockKind.FirstResponse, hours, 9, i < 6 ? UnitX : UnitY, i % 2 == 0 ? "agente-par" : "agente-impar"))]);
        // Four web forms resolved after 3, 3, 3 and 5 hours, without target, unit or owner (week 45).
        await SeedAsync([.. new[] { 3, 3, 3, 5 }.Select((hours, i) => new Seed(InboxChannel.WebForm, new DateTime(2024, 11, 4, 9 + i, 0, 0, DateTimeKind.Utc), ClockKind.Resolution, hours, null, null, null))]);
        // A call at 00:30 on Tuesday 1 Oct in Madrid (week 40, in range, no clock) and one an hour earlier, on 30 Sep (out of range).
        await SeedAsync([new Seed(InboxChannel.Phone, new DateTime(2024, 9, 30, 22, 30, 0, DateTimeKind.Utc), null, 0, null, null, null)]);
        await SeedAsync([new Seed(InboxChannel.Email, new DateTime(2024, 9, 30, 21, 30, 0, DateTimeKind.Utc), ClockKind.FirstResponse, 100, 9, UnitX, "agente-par")]);

        var report = await Host.RunAsync((services, ct) => services.GetRequiredService<ResponseReport>().StaffAsync(new DateOnly(2024, 10, 1), new DateOnly(2024, 11, 30), ct));

        Assert.Equal(17, report.Requests);
        Assert.Equal(["2024-S40", "2024-S43", "2024-S44", "2024-S45"], report.Volume.Weeks);
        Assert.Equal([InboxChannel.WebForm, InboxChannel.Email, InboxChannel.Phone], report.Volume.Channels);
        Assert.Equal((1, 11, 4, 1), (report.Volume["2024-S43", InboxChannel.Email], report.Volume["2024-S44", InboxChannel.Email], report.Volume["2024-S45", InboxChannel.WebForm], report.Volume["2024-S40", InboxChannel.Phone]));

        // 1 … 10, 20, 30: median at rank 5.5, between 6 and 7; p90 at rank 0.9·11 = 9.9, 90 % of the way from 10
        // to 20; mean 105 / 12; 9 of 12 within 9 hours.
        var email = Row(report.ByChannel, "Correo electrónico");
        Assert.Equal(12, email.Requests);
        AssertStats(email[ClockKind.FirstResponse], 12, 6.5, 19, 8.75, 75);
        // 3, 3, 3, 5: median 3; p90 at rank 2.7, from 3 towards 5: 4.4; mean 3.5; no target.
        AssertStats(Row(report.ByChannel, "Formulario web")[ClockKind.Resolution], 4, 3, 4.4, 3.5, null);
        Assert.Equal((1, 0), (Row(report.ByChannel, "Teléfono").Requests, Row(report.ByChannel, "Teléfono")[ClockKind.FirstResponse].Count));

        // Unit 901: 1 … 6 (rank 2.5 and 4.5); unit 902: 7, 8, 9, 10, 20, 30, three within target.
        Assert.Equal(["#901", "#902", "Sin unidad"], report.ByUnit.Select(r => r.Name));
        AssertStats(Row(report.ByUnit, "#901")[ClockKind.FirstResponse], 6, 3.5, 5.5, 3.5, 100);
        AssertStats(Row(report.ByUnit, "#902")[ClockKind.FirstResponse], 6, 9.5, 25, 14, 50);
        AssertStats(Row(report.ByUnit, "Sin unidad")[ClockKind.Resolution], 4, 3, 4.4, 3.5, null);

        // Even e-mails 1, 3, 5, 7, 9, 20 and odd ones 2, 4, 6, 8, 10, 30.
        AssertStats(Row(report.ByAgent, "agente-par")[ClockKind.FirstResponse], 6, 6, 14.5, 7.5, 100.0 * 5 / 6);
        AssertStats(Row(report.ByAgent, "agente-impar")[ClockKind.FirstResponse], 6, 7, 20, 10, 100.0 * 4 / 6);
        Assert.Equal(4, Row(report.ByAgent, "Sin asignar")[ClockKind.Resolution].Count);
        Assert.Equal(12, Row(report.ByCategory, "Sin categoría")[ClockKind.FirstResponse].Count);
        Assert.Equal(3, report.Breaches.Count);

        using var admin = await Host.SignedInClientAsync();
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync(InboxPaths.Report + "?handler=Csv&desde=2024-10-01&hasta=2024-11-30", Ct));
        Assert.Contains("2024-S43;0;1;0\r\n2024-S44;0;11;0\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Correo electrónico;12;12;6,5;19,0;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_page_groups_by_month_in_Madrid_time()
    {
        // Three Bluesky messages on the 2nd, 3rd and 4th of last month answered after 2, 4 and 9 office hours:
        // median 4; p90 at rank 1.8, from 4 towards 9: 8; mean 5; within a 4-hour target, two of three.
        var today = DateOnly.FromDateTime(Madrid.ToLocal(DateTime.UtcNow));
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var start = Madrid.ToUtc(lastMonth.AddDays(1).ToDateTime(new TimeOnly(10, 0)));
        await SeedAsync([.. new[] { 2, 4, 9 }.Select((hours, i) => new Seed(InboxChannel.Bluesky, start.AddDays(i), ClockKind.FirstResponse, hours, 4, null, null))]);

        var report = await Host.RunAsync((services, ct) => services.GetRequiredService<ResponseReport>().PublicAsync(ct));

        var month = Row(report.ByMonth, lastMonth.ToString("MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-ES")));
        Assert.Equal(3, month.Requests);
        AssertStats(month[ClockKind.FirstResponse], 3, 4, 8, 5, 100.0 * 2 / 3);
        AssertStats(Row(report.ByChannel, "Bluesky")[ClockKind.FirstResponse], 3, 4, 8, 5, 100.0 * 2 / 3);
    }

    private static StatsRow Row(IReadOnlyList<StatsRow> rows, string name) => rows.Single(r => r.Name == name);

    private static void AssertStats(ClockStats stats, int count, double median, double p90, double mean, double? within)
    {
        Assert.Equal(count, stats.Count);
        Assert.Equal(median, stats.MedianHours!.Value, 9);
        Assert.Equal(p90, stats.P90Hours!.Value, 9);
        Assert.Equal(mean, stats.MeanHours!.Value, 9);
        if (within is { } percent)
        {
            Assert.Equal(percent, stats.WithinTargetPercent!.Value, 9);
        }
        else
        {
            Assert.Null(stats.WithinTargetPercent);
        }
    }

    private sealed record Seed(InboxChannel Channel, DateTime CreatedUtc, ClockKind? Kind, int Hours, int? TargetHours, int? UnitId, string? OwnerId);

    /// <summary>Requests and their stopped clocks written straight to the tables, an office hour taking a real one.</summary>
    private Task SeedAsync(IReadOnlyList<Seed> seeds) => Host.RunAsync(async (services, ct) =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        var db = unitOfWork.Db;
        var requests = seeds.Select(s => new Request
        {
            Reference = "INF-" + Guid.NewGuid().ToString("N")[..12],
            Year = s.CreatedUtc.Year,
            Number = Random.Shared.Next(1, int.MaxValue),
            State = RequestState.Closed,
            Channel = s.Channel,
            Subject = "Consulta",
            PublicToken = Guid.NewGuid().ToString("N"),
            CreatedUtc = s.CreatedUtc,
            UpdatedUtc = s.CreatedUtc,
            LastInboundUtc = s.CreatedUtc,
        }).ToList();
        db.AddRange(requests);
        await db.SaveChangesAsync(ct);
        foreach (var (seed, request) in seeds.Zip(requests).Where(p => p.First.Kind is not null))
        {
            db.Add(new RequestClock
            {
                RequestId = request.Id,
                Cycle = 1,
                Kind = seed.Kind!.Value,
                StartUtc = seed.CreatedUtc,
                EndUtc = seed.CreatedUtc.AddHours(seed.Hours),
                ElapsedSeconds = seed.Hours * 3600L,
                TargetAmount = seed.TargetHours,
                TargetUnit = seed.TargetHours is null ? null : TargetUnit.WorkingHours,
                DueUtc = seed.TargetHours is { } target ? seed.CreatedUtc.AddHours(target) : null,
                Met = seed.TargetHours is { } due ? seed.Hours <= due : null,
                Channel = seed.Channel,
                UnitId = seed.UnitId,
                OwnerId = seed.OwnerId,
            });
        }

        await db.SaveChangesAsync(ct);
        await unitOfWork.CommitAsync(ct);
    });
}
