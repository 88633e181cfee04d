using System.Diagnostics;
using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// The real host as a child process, killed with SIGKILL while it delivers 100 publications to 6 channels, then
/// started again on the same database: every post arrives, none twice.
/// </summary>
public sealed class CrashRecoveryTests : ChildPortalTest
{
    private const int Publications = 100;

    [Fact]
    public async Task Killing_the_host_mid_delivery_and_restarting_it_delivers_every_post_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var setup = NewInProcessHost(dispatcher: false))
        {
            await setup.SyndicatePagesAsync();
            for (var i = 0; i < Publications; i++)
            {
                await setup.PublishPageAsync($"Aviso municipal {i}: corte de agua programado");
            }
        }

        // Slow creates keep many deliveries in flight when the process dies.
        foreach (var network in SyndicationFixture.Networks)
        {
            Sandbox.Faults.Add(new Fault(network, "slow", DelayMs: 40, Count: Publications * 2));
        }

        using (var first = StartChild())
        {
            await WaitUntilAsync(() => TotalPosts() >= 150, TimeSpan.FromMinutes(3), first, ct);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync(ct);
        }

        var atKill = TotalPosts();
        Assert.InRange(atKill, 150, (Publications * 6) - 1);

        await using var check = NewInProcessHost(dispatcher: false);
        List<Delivery> deliveries;
        using (var second = StartChild())
        {
            await WaitUntilAsync(() => TotalPosts() >= Publications * 6, TimeSpan.FromMinutes(4), second, ct);
            deliveries = await check.WaitSettledAsync(null, Publications * 6, TimeSpan.FromMinutes(2));
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync(ct);
        }

        Assert.Equal(Publications * 6, deliveries.Count);
        var posts = SyndicationFixture.Networks.SelectMany(n => Sandbox.Posts(n)).ToList();
        Assert.Equal(Publications * 6, posts.Count);
        Assert.All(deliveries, d =>
        {
            Assert.Equal(DeliveryState.Sent, d.State);
            Assert.Single(posts, p => p.Text.Contains(d.Link, StringComparison.Ordinal));
        });
    }

    private int TotalPosts() => SyndicationFixture.Networks.Sum(n => Sandbox.Posts(n).Count);

    private PortalHost NewInProcessHost(bool dispatcher) =>
        new PortalHost(Database, AppData, new LogSink())
            .With("Portal:Setup:Recipe", PortalFixture.TestRecipe)
            .With("Portal:Syndication:SandboxUrl", Sandbox.Url)
            .With("Portal:Syndication:DispatcherEnabled", dispatcher ? "true" : "false")
            .Start();

    private Process StartChild() => ChildPortal.Start(Database, AppData, Sandbox);

    private static Task WaitUntilAsync(Func<bool> condition, TimeSpan within, Process process, CancellationToken cancellationToken) =>
        ChildPortal.WaitUntilAsync(() => Task.FromResult(condition()), within, process, cancellationToken);
}
