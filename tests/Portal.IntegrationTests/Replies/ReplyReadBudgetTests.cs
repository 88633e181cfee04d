using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// Reading within a channel's read budget: the readers stop calling a network whose budget is spent (as its headers
/// report, or as a refusal says) until the reset it named, then go on and bring what was written meanwhile; nothing
/// of it is an error (the fixture fails the test on any warning or error logged).
/// </summary>
public sealed class ReplyReadBudgetTests(ReplyFixture fixture) : SyndicationTest<ReplyFixture>(fixture), IClassFixture<ReplyFixture>
{
    [Fact]
    public async Task After_a_refusal_for_want_of_budget_reading_waits_for_the_reset_and_then_resumes()
    {
        var (item, posts) = await Host.PublishWatchedAsync("Plazo de matrícula en la escuela de música");
        var ours = posts[SocialNetwork.Mastodon];
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Hay plazas para adultos?"));
        await Host.WaitInteractionsAsync(SocialNetwork.Mastodon, found => found.Any(i => i.ItemId == item.ItemId));

        Sandbox.Faults.Add(new Fault("mastodon", "status", Operation: "read", Status: 429, RetryAfterSeconds: 5));
        var refused = await SyndicationTestSteps.WaitAsync(() => Task.FromResult(
            Sandbox.Store.Requests("mastodon").FirstOrDefault(r => r.Operation == "read" && r.Status == 429)));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Y el horario de tarde?"));
        await Host.WaitInteractionsAsync(SocialNetwork.Mastodon, found => found.Count(i => i.ItemId == item.ItemId) == 2);

        // Two readers work at once: one read may already be on its way when the other is refused, and it may bring
        // the second reply before the reset, so the resumed read is waited for rather than implied by the import.
        await SyndicationTestSteps.WaitAsync(() => Task.FromResult(
            Sandbox.Store.Requests("mastodon").FirstOrDefault(r => r.Operation == "read" && r.ReceivedUtc >= refused.ReceivedUtc.AddSeconds(4.9) && r.Status == 200)));
        var reads = Sandbox.Store.Requests("mastodon").Where(r => r.Operation == "read").ToList();
        Assert.DoesNotContain(reads, r => r.ReceivedUtc > refused.ReceivedUtc.AddSeconds(1) && r.ReceivedUtc < refused.ReceivedUtc.AddSeconds(4.9));
    }

    [Fact]
    public async Task A_budget_the_network_reports_as_spent_is_not_spent_again_before_its_reset()
    {
        var (item, posts) = await Host.PublishWatchedAsync("Horario de la biblioteca en verano");
        var ours = posts[SocialNetwork.Mastodon];
        Sandbox.Faults.SetLimit(new RateLimit("mastodon", 3, 4, "read"));
        var from = DateTime.UtcNow;
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours.RemoteId, "¿Abre los sábados?"));
        await Host.WaitInteractionsAsync(SocialNetwork.Mastodon, found => found.Any(i => i.ItemId == item.ItemId));

        // Three windows of 4 s: the readers spend each budget and wait for the next. Reading twice a second without
        // heeding the budget would be refused some twenty times; a read already on its way when the budget ran out
        // may be refused, so at most the two readers' once per window.
        await Task.Delay(TimeSpan.FromSeconds(12), TestContext.Current.CancellationToken);
        var reads = Sandbox.Store.Requests("mastodon").Where(r => r.Operation == "read" && r.ReceivedUtc >= from).ToList();
        Assert.InRange(reads.Count(r => r.Status == 429), 0, 6);
        Assert.True(reads.Count(r => r.Status == 200) >= 6, $"Reading did not resume after the resets: {reads.Count(r => r.Status == 200)} reads.");
    }
}
