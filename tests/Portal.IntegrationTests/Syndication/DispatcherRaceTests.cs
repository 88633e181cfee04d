using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>A site whose own dispatcher is off, so the test decides which dispatchers run.</summary>
public sealed class QueuedOnlyFixture : SyndicationFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:DispatcherEnabled", "false");
    }
}

public sealed class DispatcherRaceTests(QueuedOnlyFixture fixture) : SyndicationTest<QueuedOnlyFixture>(fixture), IClassFixture<QueuedOnlyFixture>
{
    [Fact]
    public async Task Two_dispatchers_racing_over_the_same_queue_send_each_delivery_once()
    {
        // Under load a call may outlast its timeout: a legitimate unknown outcome, settled by finding the post.
        ExpectLog(r => r.Category.StartsWith("Polly", StringComparison.Ordinal) && r.Message.Contains("OnTimeout", StringComparison.Ordinal));
        var items = new List<string>();
        for (var i = 0; i < 17; i++)
        {
            items.Add((await Host.PublishPageAsync($"Convocatoria de empleo público número {i}")).ItemId);
        }

        var queued = await Host.DeliveriesAsync();
        Assert.Equal(102, queued.Count);
        Assert.All(queued, d => Assert.Equal(DeliveryState.Queued, d.State));

        var settings = Host.Services.GetRequiredService<IOptions<SyndicationOptions>>().Value;
        var racing = Options.Create(new SyndicationOptions { DispatcherEnabled = true, Concurrency = 4, PollInterval = TimeSpan.FromMilliseconds(50), Lease = settings.Lease });
        var dispatchers = Enumerable.Range(0, 2).Select(_ => (IHostedService)ActivatorUtilities.CreateInstance<DeliveryDispatcher>(Host.Services, racing)).ToList();
        foreach (var dispatcher in dispatchers)
        {
            await dispatcher.StartAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            var sent = await Host.WaitSettledAsync(null, 102, TimeSpan.FromMinutes(3));
            Assert.All(sent, d => Assert.Equal(DeliveryState.Sent, d.State));
        }
        finally
        {
            foreach (var dispatcher in dispatchers)
            {
                await dispatcher.StopAsync(CancellationToken.None);
                (dispatcher as IDisposable)?.Dispose();
            }
        }

        var posts = SyndicationFixture.Networks.SelectMany(n => Sandbox.Posts(n)).ToList();
        Assert.Equal(102, posts.Count);
        Assert.All(await Host.DeliveriesAsync(), d => Assert.Single(posts, p => p.Text.Contains(d.Link, StringComparison.Ordinal)));
        Assert.All(SyndicationFixture.Networks, n => Assert.Equal(17, Sandbox.Creates(n).Count));
    }
}
