using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>A site whose idle dispatcher polls only once a minute, so only a wake at the due time can send sooner.</summary>
public sealed class SlowPollFixture : SyndicationFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:PollInterval", "00:01:00");
    }
}

public sealed class DispatcherWakeTests(SlowPollFixture fixture) : SyndicationTest<SlowPollFixture>(fixture), IClassFixture<SlowPollFixture>
{
    [Fact]
    public async Task A_delivery_waiting_for_a_rate_limit_reset_goes_when_the_reset_comes_not_at_the_next_poll()
    {
        Sandbox.Faults.Add(new Fault("mastodon", "status", Status: 429, RetryAfterSeconds: 2));

        var item = await Host.PublishPageAsync("Horario de verano de la biblioteca");

        // Well under the one-minute poll: the worker slept until the reset, then sent.
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6, within: TimeSpan.FromSeconds(30));
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        Assert.Contains(Sandbox.Creates("mastodon"), r => r.Status == 429);
    }
}
