using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Testing;

namespace Portal.IntegrationTests.Syndication;

/// <summary>
/// G8: past its maximum age (four days by default) a post is never sent: failed at once when it surely is not on
/// the network, looked for first when it may be. Each test stages old deliveries while the channels are held (their deliveries wait).
/// </summary>
public sealed class MaxAgeTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private static readonly TimeSpan Old = TimeSpan.FromDays(5);

    /// <summary>
    /// Whatever a failed test left (held channels, deliveries still on their way) is released and settled first, so
    /// it cannot go out in the middle of this test's counts.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await HoldChannelsAsync(false);
        await Host.WaitSettledAsync(null, 0);
    }

    [Fact]
    public async Task An_old_queued_post_fails_as_expired_without_a_call_and_reintentar_sends_it_with_the_same_key()
    {
        var item = await StageAsync("Feria de artesanía de otoño", DeliveryState.Queued);
        var requests = Sandbox.Store.Requests(null).Count;

        var expired = await ReleaseAndSettleAsync(item);

        Assert.All(expired, d =>
        {
            Assert.Equal((DeliveryState.Failed, ErrorKind.Expired, 0), (d.State, d.LastErrorKind, d.Attempts));
            Assert.StartsWith("Caducada: lleva más de 4 días sin publicarse", d.LastError, StringComparison.Ordinal);
        });
        Assert.Equal(requests, Sandbox.Store.Requests(null).Count);

        using var client = await Host.SignedInClientAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.Contains("Caducada: lleva más de 4 días sin publicarse", WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/difusion/contenido/{item}", ct)), StringComparison.Ordinal);
        Assert.Contains("Caducada: lleva más de 4 días sin publicarse", WebUtility.HtmlDecode(await client.GetStringAsync("/admin/difusion/canales", ct)), StringComparison.Ordinal);
        var editor = WebUtility.HtmlDecode(await client.GetStringAsync($"/admin/contenidos/{item}", ct));
        Assert.Contains("Caducada: lleva más de 4 días sin publicarse", editor, StringComparison.Ordinal);
        Assert.DoesNotContain("ErrorKind_", editor, StringComparison.Ordinal);

        // Reintentar: the same delivery, key and link, with a fresh age; it goes out now.
        var retried = expired[0];
        Assert.True(await Host.RunAsync((services, token) => services.GetRequiredService<DeliveryCommands>().RetryAsync(retried.Id, token)));
        var sent = (await Host.WaitSettledAsync(item, 6)).Single(d => d.Id == retried.Id);
        Assert.Equal(DeliveryState.Sent, sent.State);
        Assert.Equal(retried.IdempotencyKey, sent.IdempotencyKey);
        Assert.NotNull(sent.QueuedUtc);
        Assert.Single(Sandbox.Store.Posts(null), p => p.Text.Contains(retried.Link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_old_post_of_unknown_outcome_that_is_out_is_found_and_adopted_not_failed()
    {
        var item = await StageAsync("Bolsa de empleo de socorristas", DeliveryState.Unknown, postEarlierAttempt: true);
        var posts = Sandbox.Store.Posts(null).Where(p => p.Text.Contains("socorristas", StringComparison.Ordinal)).ToList();
        var creates = SyndicationFixture.Networks.Sum(n => Sandbox.Creates(n).Count);

        var adopted = await ReleaseAndSettleAsync(item);

        Assert.Equal(6, posts.Count);
        Assert.All(adopted, d =>
        {
            Assert.Equal(DeliveryState.Sent, d.State);
            var post = Assert.Single(posts, p => p.Text.Contains(d.Link, StringComparison.Ordinal));
            Assert.Equal(post.Id, d.RemoteId?.Split('/').Last());
        });
        Assert.Equal(creates, SyndicationFixture.Networks.Sum(n => Sandbox.Creates(n).Count));
    }

    [Fact]
    public async Task An_old_post_of_unknown_outcome_that_is_not_out_is_looked_for_then_failed_and_never_sent()
    {
        var item = await StageAsync("Talleres de verano para mayores", DeliveryState.Sending);
        var before = SyndicationFixture.Networks.ToDictionary(n => n, n => Sandbox.Store.Requests(n).Count);

        var expired = await ReleaseAndSettleAsync(item);

        Assert.All(expired, d => Assert.Equal((DeliveryState.Failed, ErrorKind.Expired), (d.State, d.LastErrorKind)));
        foreach (var network in SyndicationFixture.Networks)
        {
            var calls = Sandbox.Store.Requests(network).Skip(before[network]).ToList();
            Assert.Contains(calls, r => r.Operation == "read");
            Assert.DoesNotContain(calls, r => r.Operation == "create");
        }
    }

    /// <summary>
    /// Publishes an item while every channel is held, then makes its deliveries five days old in the given state;
    /// for a state after a call, records that call (and, when asked, makes the post it created) as a worker that
    /// died would have left it.
    /// </summary>
    private async Task<string> StageAsync(string title, DeliveryState state, bool postEarlierAttempt = false)
    {
        await HoldChannelsAsync(true);
        var item = (await Host.PublishPageAsync(title)).ItemId;
        if (postEarlierAttempt)
        {
            // Outside the staging unit of work: opening a Bluesky session writes the channel's credentials.
            await Host.RunAsync(async (services, ct) =>
            {
                var db = services.GetRequiredService<PortalDbContext>();
                var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
                foreach (var delivery in await db.Set<Delivery>().AsNoTracking().Where(d => d.ItemId == item).ToListAsync(ct))
                {
                    await PostAsync(services, channels[delivery.ChannelId], delivery, ct);
                }
            });
        }

        await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var old = DateTime.UtcNow - Old;
            var deliveries = await db.Set<Delivery>().Where(d => d.ItemId == item).ToListAsync(ct);
            var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
            foreach (var delivery in deliveries)
            {
                delivery.CreatedUtc = old;

                // A worker that looked at the channels just before the hold may have put it off until the hold ends.
                delivery.NotBeforeUtc = DateTime.UtcNow;
                if (state == DeliveryState.Queued)
                {
                    continue;
                }

                delivery.State = state;
                delivery.Attempts = 1;
                delivery.LeaseHolder = "a worker that died";
                delivery.LeaseUntilUtc = old.AddMinutes(1);
                db.Add(new DeliveryAttempt { DeliveryId = delivery.Id, StartedUtc = old, Endpoint = $"Post {channels[delivery.ChannelId].Network}" });
            }

            await db.SaveChangesAsync(ct);
        });
        return item;
    }

    /// <summary>
    /// The call the earlier attempt made, through the channel's own adapter and the credentials path every worker
    /// takes (a Bluesky channel has no session until that path opens one).
    /// </summary>
    private static async Task PostAsync(IServiceProvider services, Channel channel, Delivery delivery, CancellationToken cancellationToken)
    {
        var adapter = services.GetServices<INetworkAdapter>().Single(a => a.Network == channel.Network);
        var outcome = await services.GetRequiredService<CredentialRefresher>().CallAsync(channel, context => adapter.PostAsync(context, delivery, cancellationToken), cancellationToken);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    private async Task<List<Delivery>> ReleaseAndSettleAsync(string item)
    {
        await HoldChannelsAsync(false);
        var deliveries = await Host.WaitSettledAsync(item, 6);
        Assert.Equal(6, deliveries.Count);
        return deliveries;
    }

    /// <summary>
    /// Holds every channel's deliveries by making its next call due in a day. The channels stay active, so their
    /// credentials can still be used (and a Bluesky session opened) while staging.
    /// </summary>
    private Task<int> HoldChannelsAsync(bool hold)
    {
        DateTime? nextCall = hold ? DateTime.UtcNow.AddDays(1) : null;
        return Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().ExecuteUpdateAsync(s => s.SetProperty(c => c.NextCallUtc, nextCall), ct));
    }
}
