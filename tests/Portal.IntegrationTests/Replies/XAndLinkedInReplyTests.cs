using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;
using Portal.Testing;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>A reply site whose X and LinkedIn read budgets outlast a class of tests that poll every second.</summary>
public sealed class XAndLinkedInReplyFixture : ReplyFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:Syndication:Replies:ReadLimits:X:Budget", "100000")
            .With("Portal:Syndication:Replies:ReadLimits:LinkedIn:Budget", "100000");
    }
}

/// <summary>
/// Through the running host: what citizens write under our X and LinkedIn posts reaches the portal once, under the
/// right post and content item, and follows their edits and deletions; a staff answer arrives threaded under the
/// citizen's reply once, also when the network was down at first and when its answer was lost after it posted
/// (neither network dedupes, so the answer is found by reading the conversation).
/// </summary>
public sealed class XAndLinkedInReplyTests(XAndLinkedInReplyFixture fixture) : SyndicationTest<XAndLinkedInReplyFixture>(fixture), IClassFixture<XAndLinkedInReplyFixture>
{
    public static TheoryData<SocialNetwork> Networks => [SocialNetwork.X, SocialNetwork.LinkedIn];

    [Theory]
    [MemberData(nameof(Networks))]
    public async Task A_citizen_reply_reaches_the_portal_once_under_its_post_and_follows_the_edit_and_the_deletion(SocialNetwork network)
    {
        var (item, posts) = await Host.PublishWatchedAsync("Ayudas al alquiler joven " + network);
        var post = posts[network];
        var question = await CitizenAsync(network, "reply", post.RemoteId, "¿Sirve para pisos compartidos?");
        var nested = await CitizenAsync(network, "reply", question.Id, "Buena pregunta", author: "vecino");
        var questionId = RemoteId(network, post, question);
        var nestedId = RemoteId(network, post, nested);

        var stored = await Host.WaitInteractionsAsync(network, found => found.Any(i => i.RemoteId == questionId) && found.Any(i => i.RemoteId == nestedId));
        var first = Assert.Single(stored, i => i.RemoteId == questionId);
        Assert.Equal((item.ItemId, post.Id, post.DeliveryId, post.RemoteId), (first.ItemId, first.WatchedPostId, first.DeliveryId, first.ParentRemoteId));
        Assert.Equal(("¿Sirve para pisos compartidos?", InteractionState.New, false), (first.Text, first.State, first.Mine));
        var second = Assert.Single(stored, i => i.RemoteId == nestedId);
        Assert.Equal((item.ItemId, post.Id, questionId), (second.ItemId, second.WatchedPostId, second.ParentRemoteId));

        await CitizenAsync(network, "edit", question.Id, "¿Sirve para pisos compartidos con contrato por habitación?");
        await CitizenAsync(network, "delete", nested.Id);

        var after = await Host.WaitInteractionsAsync(network, found =>
            found.All(i => i.RemoteId != nestedId) && found.Any(i => i.RemoteId == questionId && i.EditedUtc is not null));
        var edited = Assert.Single(after, i => i.RemoteId == questionId);
        Assert.Equal((first.Id, "¿Sirve para pisos compartidos con contrato por habitación?"), (edited.Id, edited.Text));

        // Reads go on; the reply stays one row.
        var reads = ReadsOf(network);
        await SyndicationTestSteps.WaitAsync(() => Task.FromResult(ReadsOf(network) >= reads + 4 ? "read" : null));
        Assert.Single(await Host.InteractionsAsync(network), i => i.RemoteId == questionId);
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task An_answer_arrives_once_threaded_under_the_citizen_reply(SocialNetwork network, string fault)
    {
        var (_, posts) = await Host.PublishWatchedAsync($"Horario de la piscina municipal {network} {fault}");
        var post = posts[network];
        var question = await CitizenAsync(network, "reply", post.RemoteId, "¿Abre en agosto?");
        var questionId = RemoteId(network, post, question);
        var interaction = Assert.Single(await Host.WaitInteractionsAsync(network, found => found.Any(i => i.RemoteId == questionId)), i => i.RemoteId == questionId);
        var networkName = network.ToString().ToLowerInvariant();
        var creates = Sandbox.Creates(networkName).Count;
        if (fault == "down")
        {
            Sandbox.Faults.Add(new Fault(networkName, "status", Status: 503, Count: 2));
        }
        else if (fault == "lost")
        {
            Sandbox.Faults.Add(new Fault(networkName, "reset-after-accept"));
        }

        var text = "Sí, todo el mes de 10:00 a 20:00.";
        var delivery = await Host.WaitDeliveryAsync(await Host.AnswerAsync(interaction.Id, text), DeliveryState.Sent);

        var answer = Assert.Single(Sandbox.Posts(networkName), p => p.ParentId == question.Id);
        Assert.Equal((text, post.RemoteId), (answer.Text, answer.RootId));
        Assert.Equal(RemoteId(network, post, answer), delivery.RemoteId);
        Assert.Equal(fault == "none" ? 1 : fault == "down" ? 3 : 1, Sandbox.Creates(networkName).Count - creates);

        // The read that brings our answer back finds the row the delivery stored, not a second one.
        var reads = ReadsOf(networkName);
        await SyndicationTestSteps.WaitAsync(() => Task.FromResult(ReadsOf(networkName) >= reads + 4 ? "read" : null));
        var stored = await Host.InteractionsAsync(network);
        var ours = Assert.Single(stored, i => i.Mine && i.ParentRemoteId == questionId);
        Assert.Equal(delivery.RemoteId, ours.RemoteId);
        Assert.Equal(InteractionState.Answered, Assert.Single(stored, i => i.Id == interaction.Id).State);
    }

    public static TheoryData<SocialNetwork, string> Answers => new()
    {
        { SocialNetwork.X, "none" },
        { SocialNetwork.X, "down" },
        { SocialNetwork.X, "lost" },
        { SocialNetwork.LinkedIn, "none" },
        { SocialNetwork.LinkedIn, "down" },
        { SocialNetwork.LinkedIn, "lost" },
    };

    private Task<SandboxPost> CitizenAsync(SocialNetwork network, string action, string postId, string text = "", string author = "vecina") =>
        Sandbox.CitizenAsync(new CitizenAction(network.ToString().ToLowerInvariant(), action, postId, text.Length == 0 ? null : text, author));

    /// <summary>The id the network gives a sandbox post: X's own id, LinkedIn's comment URN.</summary>
    private static string RemoteId(SocialNetwork network, WatchedPost post, SandboxPost reply) =>
        network == SocialNetwork.LinkedIn ? $"urn:li:comment:({post.RemoteId},{reply.Id})" : reply.Id;

    private int ReadsOf(SocialNetwork network) => ReadsOf(network.ToString().ToLowerInvariant());

    private int ReadsOf(string network) => Sandbox.Store.Requests(network).Count(r => r.Operation == "read" && r.Status < 300);
}
