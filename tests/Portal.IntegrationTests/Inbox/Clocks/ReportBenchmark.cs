using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.UnitOfWork;
using Portal.Inbox;
using Portal.Inbox.Clocks;
using Portal.Inbox.Reports;
using Portal.Inbox.Requests;
using Portal.IntegrationTests.Syndication;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Clocks;

/// <summary>
/// A measurement, not a test: explicit, so it runs only when asked (build/benchmark-report.sh). A year of 100,000
/// requests with their 233,333 finished clocks, then the report's query for that year, timed on its own and as the
/// page over HTTP. Figures go to the test output and to syndication-benchmark.txt beside the test binaries.
/// </summary>
public sealed class ReportBenchmark(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    private const int Requests = 100_000;
    private const int Batch = 5_000;
    private const int Runs = 5;
    private static readonly DateTime YearStart = new(2025, 1, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact(Explicit = true)]
    public async Task Time_the_report_over_a_year_of_100000_requests()
    {
        var seeding = Stopwatch.StartNew();
        for (var offset = 0; offset < Requests; offset += Batch)
        {
            await SeedAsync(offset);
        }

        seeding.Stop();
        var timings = new List<double>();
        StaffReport? report = null;
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            report = await Host.RunAsync((services, ct) => services.GetRequiredService<ResponseReport>().StaffAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), ct));
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        using var admin = await Host.SignedInClientAsync();
        var page = Stopwatch.StartNew();
        using var response = await admin.GetAsync(InboxPaths.Report + "?desde=2025-01-01&hasta=2025-12-31", TestContext.Current.CancellationToken);
        page.Stop();

        Assert.Equal(Requests, report!.Requests);
        Assert.True(response.IsSuccessStatusCode);
        timings.Sort();
        BenchmarkReport.Write(string.Create(CultureInfo.InvariantCulture,
            $"inbox report, one year ({Host.Database.Provider}, {Requests:N0} requests, seeded in {seeding.Elapsed.TotalSeconds:F0} s): query median {timings[Runs / 2]:F0} ms, best {timings[0]:F0} ms, worst {timings[^1]:F0} ms; page over HTTP {page.Elapsed.TotalMilliseconds:F0} ms"));
    }

    /// <summary>One batch of requests spread evenly over 2025, each with a first response, a resolution and every third a next response.</summary>
    private Task SeedAsync(int offset) => Host.RunAsync(async (services, ct) =>
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(ct);
        var db = unitOfWork.Db;
        var channels = Enum.GetValues<InboxChannel>();
        var requests = Enumerable.Range(offset, Batch).Select(i =>
        {
            var created = YearStart.AddMinutes(i * 5.2);
            return new Request
            {
                Reference = string.Create(CultureInfo.InvariantCulture, $"BEN-2025-{i:000000}-A"),
                Year = 2025,
                Number = i + 1,
                State = RequestState.Closed,
                Channel = channels[i % channels.Length],
                Subject = "Consulta",
                PublicToken = string.Create(CultureInfo.InvariantCulture, $"benchmark-{i}"),
                CreatedUtc = created,
                UpdatedUtc = created,
                LastInboundUtc = created,
            };
        }).ToList();
        db.AddRange(requests);
        await db.SaveChangesAsync(ct);
        foreach (var request in requests)
        {
            var i = request.Number;
            db.Add(Clock(request, ClockKind.FirstResponse, (i * 7919 % 48) * 3600, 24 * 3600));
            db.Add(Clock(request, ClockKind.Resolution, (i * 104729 % 400) * 3600, 300 * 3600));
            if (i % 3 == 0)
            {
                db.Add(Clock(request, ClockKind.NextResponse, (i * 31 % 10) * 3600, null));
            }
        }

        await db.SaveChangesAsync(ct);
        await unitOfWork.CommitAsync(ct);
        db.ChangeTracker.Clear();
    });

    private static RequestClock Clock(Request request, ClockKind kind, long elapsedSeconds, long? targetSeconds) => new()
    {
        RequestId = request.Id,
        Cycle = 1,
        Kind = kind,
        StartUtc = request.CreatedUtc,
        EndUtc = request.CreatedUtc.AddSeconds(elapsedSeconds * 3),
        ElapsedSeconds = elapsedSeconds,
        TargetAmount = targetSeconds is null ? null : (int)(targetSeconds / 3600),
        TargetUnit = targetSeconds is null ? null : TargetUnit.WorkingHours,
        DueUtc = targetSeconds is null ? null : request.CreatedUtc.AddSeconds(targetSeconds.Value * 3),
        Met = targetSeconds is null ? null : elapsedSeconds <= targetSeconds,
        Channel = request.Channel,
        UnitId = (int)(request.Number % 7),
        CategoryId = (int)(request.Number % 5),
        OwnerId = "agent-" + (request.Number % 20).ToString(CultureInfo.InvariantCulture),
    };
}
