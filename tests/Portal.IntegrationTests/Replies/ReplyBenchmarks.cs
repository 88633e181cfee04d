using System.Diagnostics;
using System.Globalization;
using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Replies;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// Measurements, not tests: explicit, so they run only when asked (build/benchmark-replies.sh). Each writes its
/// figures to the test output and to syndication-benchmark.txt beside the test binaries.
/// </summary>
public sealed class ReplyLatencyBenchmark(ReplyFixture fixture) : SyndicationTest<ReplyFixture>(fixture), IClassFixture<ReplyFixture>
{
    private const int Samples = 50;

    [Fact(Explicit = true)]
    public async Task Time_from_a_reply_on_the_network_to_the_portal_with_push_and_with_polling()
    {
        var (_, posts) = await Host.PublishWatchedAsync("Medición: respuestas que vuelven a casa");
        var facebook = await Host.ChannelAsync(SocialNetwork.Facebook);
        Sandbox.Webhooks.Subscribe(new WebhookTarget("facebook", new Uri(Host.BaseAddress, "/webhooks/" + facebook.Id.ToString(CultureInfo.InvariantCulture)).ToString(), "sandbox-webhook-secret"));

        var pushed = await MeasureAsync(SocialNetwork.Facebook, posts[SocialNetwork.Facebook].RemoteId);
        var polled = await MeasureAsync(SocialNetwork.Mastodon, posts[SocialNetwork.Mastodon].RemoteId);

        BenchmarkReport.Write($"reply→portal, Facebook webhook ({Host.Database.Provider}, {Samples} replies): p50 {BenchmarkReport.Percentile(pushed, 0.50):F0} ms, p99 {BenchmarkReport.Percentile(pushed, 0.99):F0} ms");
        BenchmarkReport.Write($"reply→portal, Mastodon polling every 1 s ({Host.Database.Provider}, {Samples} replies): p50 {BenchmarkReport.Percentile(polled, 0.50):F0} ms, p99 {BenchmarkReport.Percentile(polled, 0.99):F0} ms");
    }

    private async Task<List<double>> MeasureAsync(SocialNetwork network, string postId)
    {
        var name = network.ToString().ToLowerInvariant();
        var latencies = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var before = (await Host.InteractionsAsync(network)).Count;
            var watch = Stopwatch.StartNew();
            await Sandbox.CitizenAsync(new CitizenAction(name, "reply", postId, $"Medición {i}: ¿a qué hora abre?"));
            while ((await Host.InteractionsAsync(network)).Count <= before)
            {
                await Task.Delay(5, TestContext.Current.CancellationToken);
            }

            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        return latencies;
    }
}

public sealed class ReplyImportBenchmark(ReplyFixture fixture) : SyndicationTest<ReplyFixture>(fixture), IClassFixture<ReplyFixture>
{
    private const int Waiting = 10_000;
    private static readonly string[] Threaded = ["mastodon", "bluesky", "x", "facebook", "linkedin"];

    [Fact(Explicit = true)]
    public async Task Replies_imported_per_second_with_10000_waiting()
    {
        var ours = new List<SandboxPost>();
        for (var i = 0; i < 10; i++)
        {
            await Host.PublishWatchedAsync($"Medición {i}: importación de respuestas");
        }

        ours.AddRange(Threaded.SelectMany(n => Sandbox.Posts(n).Where(p => p.Kind == "post")));

        // Reads refused while the replies are written, so the import is timed from a full queue (a 400: a 5xx would
        // be retried by the HTTP pipeline and open its circuit).
        foreach (var network in Threaded)
        {
            Sandbox.Faults.Add(new Fault(network, "status", Operation: "read", Status: 400, Count: int.MaxValue));
        }

        for (var i = 0; i < Waiting; i++)
        {
            var post = ours[i % ours.Count];
            await Sandbox.CitizenAsync(new CitizenAction(post.Network, "reply", post.Id, $"Respuesta {i}", Author: $"vecino{i % 101}"));
        }

        var before = (await Host.InteractionsAsync()).Count;
        var watch = Stopwatch.StartNew();
        Sandbox.Faults.Clear();
        while ((await Host.InteractionsAsync()).Count < before + Waiting)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        BenchmarkReport.Write($"replies imported ({Host.Database.Provider}, {Waiting} waiting under {ours.Count} posts on 5 networks): {Waiting / watch.Elapsed.TotalSeconds:F0}/s, {watch.Elapsed.TotalSeconds:F1} s in all");
    }
}

/// <summary>What watching 5,000 posts costs each network per hour with the configured schedule, against its read budget: arithmetic on the options, no network involved.</summary>
public sealed class WatchCostBenchmark
{
    private const int Posts = 5000;

    [Fact(Explicit = true)]
    public void Requests_per_hour_to_watch_5000_posts()
    {
        var defaults = new ReplyPollingOptions();
        var limits = defaults.ReadLimits;
        var stages = defaults.EffectiveStages;
        var span = stages[^1].Until;

        // Posts published evenly over the last stage's span: each stage holds its share, read once per interval.
        var perHour = 0.0;
        var from = TimeSpan.Zero;
        foreach (var stage in stages)
        {
            perHour += Posts * ((stage.Until - from) / span) * (TimeSpan.FromHours(1) / stage.Every);
            from = stage.Until;
        }

        var mentions = TimeSpan.FromHours(1) / defaults.MentionsEvery;
        foreach (var (network, limit) in limits)
        {
            var budget = limit.Budget is { } units ? units * (TimeSpan.FromHours(1) / limit.Window) / limit.Cost : double.NaN;
            BenchmarkReport.Write(string.Create(CultureInfo.InvariantCulture,
                $"watching {Posts} posts on {network}: {perHour + mentions:F0} reads/h (threads {perHour:F0}, mentions {mentions:F0}) against a read budget of {(double.IsNaN(budget) ? "usage-reported" : budget.ToString("F0", CultureInfo.InvariantCulture))}/h"));
        }
    }
}
