using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;
using Portal.Testing;
using SocialSandbox;
using SocialSandbox.Citizens;
using SocialSandbox.Networks;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// Through the running host, on the two networks read by polling alone: what a citizen writes under our post comes
/// home once, follows their edits and deletions, and a staff answer goes back threaded under it, once, even when the
/// network was down at first.
/// </summary>
public sealed class MastodonBlueskyReplyTests(MastodonBlueskyReplyFixture fixture) : SyndicationTest<MastodonBlueskyReplyFixture>(fixture), IClassFixture<MastodonBlueskyReplyFixture>
{
    [Theory]
    [InlineData(SocialNetwork.Mastodon)]
    [InlineData(SocialNetwork.Bluesky)]
    public async Task A_citizen_reply_and_the_answer_to_it_reach_the_portal_once_under_the_right_post_and_item(SocialNetwork network)
    {
        var (item, posts) = await Host.PublishWatchedAsync("Abierto el plazo de matrícula " + network);
        var ours = posts[network];
        var question = await Sandbox.CitizenAsync(new CitizenAction(Name(network), "reply", RecordKey(ours.RemoteId), "¿Y si estoy empadronada en otro municipio?", AuthorName: "Vecina"));
        var nested = await Sandbox.CitizenAsync(new CitizenAction(Name(network), "reply", question.Id, "Yo también lo pregunto", Author: "vecino"));

        var stored = await Host.WaitInteractionsAsync(network, found => found.Count(i => i.ItemId == item.ItemId) == 2);
        await WaitPolledAsync(item.ItemId, network, times: 2);

        var reactions = (await Host.InteractionsAsync(network)).Where(i => i.ItemId == item.ItemId).ToList();
        Assert.Equal(2, reactions.Count);
        var reply = Assert.Single(reactions, i => i.RemoteId == RemoteId(network, question));
        Assert.Equal((ours.Id, ours.DeliveryId, ours.RemoteId, InteractionKind.Reply), (reply.WatchedPostId, reply.DeliveryId, reply.ParentRemoteId, reply.Kind));
        Assert.Equal("¿Y si estoy empadronada en otro municipio?", reply.Text);
        Assert.Equal(network == SocialNetwork.Mastodon ? "@vecina@vecinos.example" : "vecina.bsky.social", reply.AuthorHandle);
        Assert.Equal(RemoteId(network, question), Assert.Single(reactions, i => i.RemoteId == RemoteId(network, nested)).ParentRemoteId);
        Assert.Equal(2, stored.Count(i => i.ItemId == item.ItemId));
    }

    [Theory]
    [InlineData(SocialNetwork.Mastodon)]
    [InlineData(SocialNetwork.Bluesky)]
    public async Task A_remote_edit_and_a_remote_deletion_are_reflected(SocialNetwork network)
    {
        var (item, posts) = await Host.PublishWatchedAsync("Corte de agua el martes " + network);
        var kept = await Sandbox.CitizenAsync(new CitizenAction(Name(network), "reply", RecordKey(posts[network].RemoteId), "¿A qué hora?"));
        var gone = await Sandbox.CitizenAsync(new CitizenAction(Name(network), "reply", RecordKey(posts[network].RemoteId), "Mensaje que borraré"));
        await Host.WaitInteractionsAsync(network, found => found.Count(i => i.ItemId == item.ItemId) == 2);

        await Sandbox.CitizenAsync(new CitizenAction(Name(network), "edit", kept.Id, "¿A qué hora empieza el corte?"));
        await Sandbox.CitizenAsync(new CitizenAction(Name(network), "delete", gone.Id));

        var after = await Host.WaitInteractionsAsync(network, found =>
            found.Where(i => i.ItemId == item.ItemId).Select(i => i.Text).SequenceEqual(["¿A qué hora empieza el corte?"]));
        Assert.Equal(RemoteId(network, kept), Assert.Single(after, i => i.ItemId == item.ItemId).RemoteId);
    }

    [Theory]
    [InlineData(SocialNetwork.Mastodon)]
    [InlineData(SocialNetwork.Bluesky)]
    public async Task An_answer_sent_while_the_network_is_down_arrives_later_once_threaded_under_the_citizens_reply(SocialNetwork network)
    {
        var (item, posts) = await Host.PublishWatchedAsync("Cita previa en el registro " + network);
        var ours = posts[network];
        var question = await Sandbox.CitizenAsync(new CitizenAction(Name(network), "reply", RecordKey(ours.RemoteId), "¿Se puede pedir por teléfono?"));
        var reaction = (await Host.WaitInteractionsAsync(network, found => found.Any(i => i.RemoteId == RemoteId(network, question)))).Single(i => i.RemoteId == RemoteId(network, question));
        Sandbox.Faults.Add(new Fault(Name(network), "status", Status: 503, Count: 2));

        var delivery = await Host.WaitDeliveryAsync(await Host.AnswerAsync(reaction.Id, "Sí, en el 010."), DeliveryState.Sent);

        var answers = Sandbox.Posts(Name(network)).Where(p => p.Kind == "reply" && p.ParentId == question.Id && p.Account != question.Account).ToList();
        var answer = Assert.Single(answers);
        Assert.Equal(RecordKey(ours.RemoteId), answer.RootId);
        Assert.Equal(2, Sandbox.Creates(Name(network)).Count(r => r.Status == 503 && r.Path.Contains(network == SocialNetwork.Mastodon ? "statuses" : "createRecord", StringComparison.Ordinal)));
        Assert.Equal(network == SocialNetwork.Mastodon ? "@vecina@vecinos.example Sí, en el 010." : "Sí, en el 010.", answer.Text);
        Assert.Equal(RemoteId(network, answer), delivery.RemoteId);

        // Our answer comes home as ours, once, however many polls read it again.
        await WaitPolledAsync(item.ItemId, network, times: 2);
        var thread = (await Host.InteractionsAsync(network)).Where(i => i.ItemId == item.ItemId).ToList();
        var mine = Assert.Single(thread, i => i.Mine);
        Assert.Equal((RemoteId(network, answer), RemoteId(network, question)), (mine.RemoteId, mine.ParentRemoteId));
        Assert.Equal(InteractionState.Answered, Assert.Single(thread, i => !i.Mine).State);
    }

    /// <summary>Waits until our post's conversation has been read <paramref name="times"/> more times.</summary>
    private async Task WaitPolledAsync(string itemId, SocialNetwork network, int times)
    {
        for (var n = 0; n < times; n++)
        {
            var before = (await Host.WatchedPostsAsync(itemId)).Single(w => w.Network == network).LastPolledUtc;
            await SyndicationTestSteps.WaitAsync(async () =>
                (await Host.WatchedPostsAsync(itemId)).SingleOrDefault(w => w.Network == network && w.LastPolledUtc > (before ?? DateTime.MinValue)));
        }
    }

    private static string Name(SocialNetwork network) => network.ToString().ToLowerInvariant();

    /// <summary>The sandbox's id of a post from the portal's remote id (a Bluesky uri ends with the record key).</summary>
    private static string RecordKey(string remoteId) => BlueskyView.RecordKey(remoteId);

    private static string RemoteId(SocialNetwork network, SandboxPost post) => network == SocialNetwork.Bluesky ? BlueskyView.Uri(post) : post.Id;
}

/// <summary>
/// Reading every second, the tests' posts would spend Mastodon's real read budget (150 per five minutes) within a
/// minute, and the readers would rightly wait for the window's end: here the budget is the sandbox's to enforce.
/// </summary>
public sealed class MastodonBlueskyReplyFixture : ReplyFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:Replies:ReadLimits:Mastodon:Budget", "1000000");
    }
}
