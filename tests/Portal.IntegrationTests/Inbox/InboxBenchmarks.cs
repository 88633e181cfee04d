using System.Diagnostics;
using System.Net;
using Portal.Inbox;
using Portal.IntegrationTests.Syndication;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>
/// Measurements, not tests: explicit, so they run only when asked (build/benchmark-inbox.sh). The inbox list, a
/// request page and the year's report with 100,000 requests and 1,000,000 messages, as a signed-in supervisor.
/// </summary>
public sealed class InboxScaleBenchmark(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    private const int Requests = 100_000;
    private const int MessagesPerRequest = 10;
    private const string File = "inbox-benchmark.txt";

    [Fact(Explicit = true)]
    public async Task Inbox_pages_with_a_hundred_thousand_requests_and_a_million_messages()
    {
        var seeding = Stopwatch.StartNew();
        await InboxSeed.SeedAsync(Host, Requests, MessagesPerRequest);
        BenchmarkReport.Write($"inbox seed ({Host.Database.Provider}): {Requests:N0} requests, {Requests * MessagesPerRequest:N0} messages in {seeding.Elapsed.TotalSeconds:F0} s", File);
        using var staff = await Host.SignedInClientAsync();
        var random = new Random(14);

        await MeasureAsync(staff, "inbox list, first page", 200, _ => InboxPaths.Admin);
        await MeasureAsync(staff, "inbox list, state filter, page 1", 100, _ => InboxPaths.Admin + "?estado=WaitingForCitizen");
        await MeasureAsync(staff, "inbox list, a reference typed in the search box (opens the request)", 100, _ => InboxPaths.Admin + "?buscar=" + InboxSeed.Reference(random.Next(1, Requests)));
        await MeasureAsync(staff, "inbox list, words of the subject", 50, _ => InboxPaths.Admin + "?buscar=padr%C3%B3n");
        await MeasureAsync(staff, "request page", 200, _ => InboxPaths.Request(InboxSeed.Reference(random.Next(1, Requests))));
        await MeasureAsync(staff, "report, whole year", 5, _ => InboxPaths.Report + $"?desde={InboxSeed.Year}-01-01&hasta={InboxSeed.Year}-12-31");
    }

    private async Task MeasureAsync(HttpClient client, string what, int samples, Func<int, string> path)
    {
        var ct = TestContext.Current.CancellationToken;
        await OpenAsync(client, path(0), ct);
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            await OpenAsync(client, path(i), ct);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        BenchmarkReport.Write($"{what} ({Host.Database.Provider}, {Requests:N0} requests, {samples} samples): p50 {BenchmarkReport.Percentile(times, 0.50):F1} ms, p99 {BenchmarkReport.Percentile(times, 0.99):F1} ms", File);
    }

    /// <summary>The page as a browser shows it: a typed reference answers with a redirect to its request, which is followed once.</summary>
    private static async Task OpenAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(path, ct);
        using var target = response.StatusCode == HttpStatusCode.Redirect ? await client.GetAsync(response.Headers.Location, ct) : null;
        (target ?? response).EnsureSuccessStatusCode();
        await (target ?? response).Content.ReadAsByteArrayAsync(ct);
    }
}
