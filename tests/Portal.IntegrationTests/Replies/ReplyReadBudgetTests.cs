using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// Reading within a channel's read budget: when the network refuses for want of budget, the readers stop calling it
/// until the reset the network named, then go on and bring what was written meanwhile; nothing of it is an error
/// (the fixture fails the test on any warning or error logged).
/// </summary>
public sealed class ReplyReadBudgetTests(ReplyFixture fixture) : SyndicationTest<ReplyFixture>(fixture), IClassFixture<ReplyFixture>
{
    private const int WindowSeconds = 6;

    [Fact]
    public async Task Reading_stops_when_the_read_budget_is_spent_and_resumes_after_its_reset()
    {
        var (item, posts) = await Host.PublishWatchedAsync("Plazo de matrícula en la escuela de música");
        var ours = posts[SocialNetwork.Mastodon];
        Sandbox.Faults.SetLimit(new RateLimit("mastodon", 3, WindowSeconds, "read"));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Hay plazas para adultos?"));
        await Host.WaitInteractionsAsync(SocialNetwork.Mastodon, found => found.Any(i => i.ItemId == item.ItemId));

        var refused = await SyndicationTestSteps.WaitAsync(() => Task.FromResult(
            Sandbox.Store.Requests("mastodon").FirstOrDefault(r => r.Operation == "read" && r.Status == 429)));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Y el horario de tarde?"));
        await Host.WaitInteractionsAsync(SocialNetwork.Mastodon, found => found.Count(i => i.ItemId == item.ItemId) == 2);

        var reads = Sandbox.Store.Requests("mastodon").Where(r => r.Operation == "read").ToList();
        var reset = Window(refused.ReceivedUtc);
        // Two readers work at once: one read may already be on its way when the other is refused.
        Assert.DoesNotContain(reads, r => r.ReceivedUtc > refused.ReceivedUtc.AddSeconds(1) && r.ReceivedUtc < reset);
        Assert.Contains(reads, r => r.ReceivedUtc >= reset && r.Status == 200);
    }

    /// <summary>The end of the sandbox's read window that the refusal fell in.</summary>
    private DateTime Window(DateTime at)
    {
        var (_, start, end) = Sandbox.Faults.Window("mastodon", "read");
        while (start > at)
        {
            (start, end) = (start.AddSeconds(-WindowSeconds), start);
        }

        return end;
    }
}
