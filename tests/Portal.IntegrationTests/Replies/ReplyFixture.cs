using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;
using Portal.Testing;

namespace Portal.IntegrationTests.Replies;

/// <summary>A syndication site whose readers poll every second, so a reply on the sandbox reaches the portal within the test's patience.</summary>
public class ReplyFixture : SyndicationFixture
{
    /// <summary>The reply tests count the answers under a citizen's post: the inbox's receipts would be one more.</summary>
    protected virtual bool AcknowledgesRequests => false;

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:Replies:Enabled", "true")
            .With("Portal:Syndication:Replies:Stages:0:Until", "30.00:00:00")
            .With("Portal:Syndication:Replies:Stages:0:Every", "00:00:01")
            .With("Portal:Syndication:Replies:MentionsEvery", "00:00:01")
            .With("Portal:Syndication:Replies:PollInterval", "00:00:00.200")
            .With("Portal:Syndication:Replies:Lease", "00:00:10")
            .With("Portal:Inbox:Acknowledge", AcknowledgesRequests ? "true" : "false");

        // The documented read budgets are for days of watching, not for reading every second; tests of the budget set the sandbox's.
        foreach (var network in Enum.GetValues<SocialNetwork>())
        {
            host.With($"Portal:Syndication:Replies:ReadLimits:{network}:Budget", "1000000");
        }
    }
}

/// <summary>Publishing a post to the networks and waiting for what citizens answer, as the reply tests need them.</summary>
public static class ReplyTestSteps
{
    /// <summary>Publishes a page, waits until every network has it, and returns the item with our post on each network.</summary>
    public static async Task<(ContentItem Item, Dictionary<SocialNetwork, WatchedPost> Posts)> PublishWatchedAsync(this PortalHost host, string title)
    {
        var item = await host.PublishPageAsync(title);
        await host.WaitSettledAsync(item.ItemId, SyndicationFixture.Networks.Length);
        var posts = await SyndicationTestSteps.WaitAsync(async () =>
        {
            var watched = await host.WatchedPostsAsync(item.ItemId);
            return watched.Count == SyndicationFixture.Networks.Length ? watched : null;
        });
        return (item, posts.ToDictionary(p => p.Network));
    }

    public static Task<List<WatchedPost>> WatchedPostsAsync(this PortalHost host, string itemId) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<WatchedPost>().AsNoTracking().Where(w => w.ItemId == itemId).ToListAsync(ct));

    public static Task<List<Interaction>> InteractionsAsync(this PortalHost host, SocialNetwork? network = null) =>
        host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Interaction>().AsNoTracking()
            .Where(i => network == null || i.Network == network).OrderBy(i => i.Id).ToListAsync(ct));

    /// <summary>Waits until the network's stored reactions satisfy <paramref name="done"/>, and returns them.</summary>
    public static Task<List<Interaction>> WaitInteractionsAsync(this PortalHost host, SocialNetwork network, Func<List<Interaction>, bool> done) =>
        SyndicationTestSteps.WaitAsync(async () => await host.InteractionsAsync(network) is var found && done(found) ? found : null);

    /// <summary>Queues a staff answer as the Difusión page does, and returns its delivery.</summary>
    public static Task<long> AnswerAsync(this PortalHost host, long interactionId, string text) =>
        host.RunAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<AnswerCommands>().QueueAsync(interactionId, AnswerCommands.NewAnswerId(), text, notice: false, ct);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            return result.DeliveryId!.Value;
        });

    public static Task<Delivery> WaitDeliveryAsync(this PortalHost host, long deliveryId, DeliveryState state) =>
        SyndicationTestSteps.WaitAsync(async () =>
            (await host.DeliveriesAsync()).SingleOrDefault(d => d.Id == deliveryId && d.State == state));
}
