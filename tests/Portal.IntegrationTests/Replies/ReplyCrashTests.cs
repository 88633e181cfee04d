using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Syndication;
using Portal.Syndication.Replies;
using Portal.Testing;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// The real host as a child process, killed with SIGKILL while it imports 1,000 replies spread over the
/// conversations of 20 publications on five networks, then started again on the same database: every reply is
/// there once.
/// </summary>
public sealed class ReplyCrashTests : ChildPortalTest
{
    private const int Publications = 20;
    private const int Replies = 1000;
    private static readonly string[] Threaded = ["mastodon", "bluesky", "x", "facebook", "linkedin"];

    private static readonly Dictionary<string, string> Reading = new()
    {
        ["Portal:Syndication:Replies:Stages:0:Until"] = "30.00:00:00",
        ["Portal:Syndication:Replies:Stages:0:Every"] = "00:00:01",
        ["Portal:Syndication:Replies:MentionsEvery"] = "00:00:01",
        ["Portal:Syndication:Replies:PollInterval"] = "00:00:00.200",
        ["Portal:Syndication:Replies:Lease"] = "00:00:05",
        ["Portal:Inbox:Acknowledge"] = "false",

        // The documented read budgets are for days of watching, not for a thousand reads in a minute; a spent one
        // would also outlive the kill in the database and hold the restarted host back.
        ["Portal:Syndication:Replies:ReadLimits:Mastodon:Budget"] = "1000000",
        ["Portal:Syndication:Replies:ReadLimits:Bluesky:Budget"] = "1000000",
        ["Portal:Syndication:Replies:ReadLimits:X:Budget"] = "1000000",
        ["Portal:Syndication:Replies:ReadLimits:LinkedIn:Budget"] = "1000000",
    };

    [Fact]
    public async Task Killing_the_host_while_it_imports_a_thousand_replies_and_restarting_it_keeps_each_reply_once()
    {
        var ct = TestContext.Current.CancellationToken;
        // The host that publishes schedules each post's first read, so it polls on the children's schedule.
        var host = new PortalHost(Database, AppData, new LogSink());
        foreach (var (key, value) in Reading)
        {
            host.With(key, value);
        }

        await using var check = host
            .With("Portal:Setup:Recipe", PortalFixture.TestRecipe)
            .With("Portal:Syndication:SandboxUrl", Sandbox.Url)
            .With("Portal:Syndication:Replies:Enabled", "false")
            .With("Portal:Syndication:PollInterval", "00:00:00.200")
            .With("Portal:Syndication:Limits:Telegram:Spacing", "00:00:00")
            .Start();
        await check.SyndicatePagesAsync();
        for (var i = 0; i < Publications; i++)
        {
            await check.PublishPageAsync($"Aviso {i}: obras en la calle Mayor");
        }

        await check.WaitSettledAsync(null, Publications * SyndicationFixture.Networks.Length, TimeSpan.FromMinutes(2));
        var ours = Threaded.SelectMany(n => Sandbox.Posts(n).Where(p => p.Kind == "post")).ToList();
        Assert.Equal(Publications * Threaded.Length, ours.Count);
        for (var i = 0; i < Replies; i++)
        {
            var post = ours[i % ours.Count];
            await Sandbox.CitizenAsync(new CitizenAction(post.Network, "reply", post.Id, $"Pregunta número {i}: ¿cortan también el agua?", Author: $"vecino{i % 37}"));
        }

        // Slow reads keep the readers busy importing when the process dies.
        foreach (var network in Threaded)
        {
            Sandbox.Faults.Add(new Fault(network, "slow", Operation: "read", DelayMs: 30, Count: 10_000));
        }

        using (var first = ChildPortal.Start(Database, AppData, Sandbox, Reading))
        {
            try
            {
                await ChildPortal.WaitUntilAsync(async () => await CitizenRepliesAsync(check) >= Replies / 5, TimeSpan.FromMinutes(3), first, ct, () => ProgressAsync(check));
            }
            finally
            {
                first.Kill(entireProcessTree: true);
                await first.WaitForExitAsync(ct);
            }
        }

        var atKill = await CitizenRepliesAsync(check);
        Assert.InRange(atKill, Replies / 5, Replies - 1);

        using (var second = ChildPortal.Start(Database, AppData, Sandbox, Reading))
        {
            try
            {
                await ChildPortal.WaitUntilAsync(async () => await CitizenRepliesAsync(check) >= Replies, TimeSpan.FromMinutes(4), second, ct, () => ProgressAsync(check));
            }
            finally
            {
                second.Kill(entireProcessTree: true);
                await second.WaitForExitAsync(ct);
            }
        }

        var stored = await check.RunAsync((services, token) => services.GetRequiredService<PortalDbContext>().Set<Interaction>().AsNoTracking().Where(i => !i.Mine).ToListAsync(token));
        Assert.Equal(Replies, stored.Count);
        Assert.All(Enumerable.Range(0, Replies), i => Assert.Single(stored, s => s.Text.StartsWith($"Pregunta número {i}:", StringComparison.Ordinal)));
        Assert.All(stored, s => Assert.NotNull(s.ItemId));
    }

    private static Task<string> ProgressAsync(PortalHost host) =>
        host.RunAsync(async (services, ct) =>
        {
            var counts = await services.GetRequiredService<PortalDbContext>().Set<Interaction>().Where(i => !i.Mine)
                .GroupBy(i => i.Network).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
            var errors = await services.GetRequiredService<PortalDbContext>().Set<WatchedPost>().Where(w => w.LastError != null)
                .Select(w => w.Network + ": " + w.LastError).Distinct().Take(5).ToListAsync(ct);
            return "Imported: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Count}")) + ". Read errors: " + string.Join("; ", errors);
        });

    private static Task<int> CitizenRepliesAsync(PortalHost host) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Interaction>().CountAsync(i => !i.Mine, ct));
}
