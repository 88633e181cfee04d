using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// Measurements, not tests: explicit, so they run only when asked (build/benchmark-syndication.sh). Each writes
/// its figures to the test output and to syndication-benchmark.txt in the runner's working directory (the test binaries').
/// </summary>
public sealed class PublishLatencyBenchmark(SyndicationFixture fixture) : PortalTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    [Fact(Explicit = true)]
    public async Task Publish_to_six_channels_latency_over_200_publications()
    {
        ExpectLog(r => r.Category.StartsWith("Polly", StringComparison.Ordinal));
        var latencies = new List<double>();
        for (var i = 0; i < 200; i++)
        {
            var watch = Stopwatch.StartNew();
            var item = await Host.PublishPageAsync($"Medición {i}: horario de verano de las bibliotecas");
            while ((await Host.DeliveriesAsync(item.ItemId)).Count(d => d.State == DeliveryState.Sent) < 6)
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        BenchmarkReport.Write(
            $"publish→6 channels delivered ({Host.Database.Provider}, 200 publications): " +
            $"p50 {BenchmarkReport.Percentile(latencies, 0.50):F0} ms, p99 {BenchmarkReport.Percentile(latencies, 0.99):F0} ms, max {latencies[^1]:F0} ms");
    }

}

public sealed class QueueThroughputBenchmark(QueuedOnlyFixture fixture) : PortalTest<QueuedOnlyFixture>(fixture), IClassFixture<QueuedOnlyFixture>
{
    private const int Queued = 10_000;

    [Fact(Explicit = true)]
    public async Task Deliveries_per_second_with_10000_queued()
    {
        ExpectLog(r => r.Category.StartsWith("Polly", StringComparison.Ordinal));
        var template = (await Host.DeliveriesAsync((await Host.PublishPageAsync("Plantilla de medición")).ItemId)).ToList();
        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            for (var batch = 0; batch < Queued / 500; batch++)
            {
                for (var i = 0; i < 500; i++)
                {
                    var n = (batch * 500) + i;
                    var source = template[n % template.Count];
                    var code = TrackingCodes.New();
                    db.Add(new Delivery
                    {
                        ItemId = source.ItemId,
                        VersionId = "bench" + n.ToString("D21", CultureInfo.InvariantCulture),
                        ContentType = source.ContentType,
                        ChannelId = source.ChannelId,
                        Kind = DeliveryKind.Post,
                        Text = $"Medición {n} {source.Link[..^Delivery.TrackingCodeLength]}{code}",
                        Link = source.Link[..^Delivery.TrackingCodeLength] + code,
                        TargetUrl = source.TargetUrl,
                        IdempotencyKey = Guid.NewGuid().ToString("N")[..13],
                        TrackingCode = code,
                        State = DeliveryState.Queued,
                        NotBeforeUtc = DateTime.UtcNow,
                        CreatedUtc = DateTime.UtcNow,
                    });
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        });

        var options = Options.Create(new SyndicationOptions { DispatcherEnabled = true, PollInterval = TimeSpan.FromMilliseconds(50) });
        var dispatcher = ActivatorUtilities.CreateInstance<DeliveryDispatcher>(Host.Services, options);
        var watch = Stopwatch.StartNew();
        await dispatcher.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            while (await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Delivery>().CountAsync(d => d.State != DeliveryState.Sent, ct)) > 0)
            {
                await Task.Delay(200, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            await dispatcher.StopAsync(CancellationToken.None);
            dispatcher.Dispose();
        }

        var total = Queued + template.Count;
        BenchmarkReport.Write(
            $"drain {total} queued deliveries ({Host.Database.Provider}, one dispatcher, {options.Value.Concurrency} workers): " +
            $"{watch.Elapsed.TotalSeconds:F1} s, {total / watch.Elapsed.TotalSeconds:F0} deliveries/s");
    }
}

internal static class BenchmarkReport
{
    public static void Write(string line, string file = "syndication-benchmark.txt")
    {
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        File.AppendAllText(file, $"{DateTime.UtcNow:O} {line}{Environment.NewLine}");
    }

    /// <summary>The nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
