using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.IntegrationTests.Syndication;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;
using SocialSandbox;
using SocialSandbox.Citizens;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// The guarantees of a network that pushes, through the running host: a citizen's reply reaches the portal once by
/// its webhook, a redelivery changes nothing, a lost webhook is made up by the poll, a forged one is refused and
/// leaves no trace, edits are reflected, and an answer from the portal lands threaded under the citizen's reply.
/// </summary>
public abstract class PushedReplyTests(ReplyFixture fixture) : SyndicationTest<ReplyFixture>(fixture)
{
    protected abstract SocialNetwork Network { get; }

    private string Name => Network.ToString().ToLowerInvariant();

    /// <summary>The remote id the portal keeps for what the sandbox stored as <paramref name="sandboxId"/>.</summary>
    protected abstract string RemoteId(string sandboxId);

    [Fact]
    public async Task A_reply_reaches_the_portal_once_by_push_under_our_post_and_content_item()
    {
        var (item, post) = await PublishAsync("Plazo de solicitud de ayudas al alquiler");
        await SubscribeAsync();
        BlockReads();
        var before = (await EventsAsync()).Select(e => e.Id).ToHashSet();

        var reply = await CitizenAsync("reply", post.RemoteId, "¿Vale para contratos firmados este año?");

        var stored = Assert.Single(await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == RemoteId(reply.Id))), i => i.RemoteId == RemoteId(reply.Id));
        Assert.Equal((post.Id, item, "¿Vale para contratos firmados este año?", false, InteractionState.New), (stored.WatchedPostId, stored.ItemId, stored.Text, stored.Mine, stored.State));
        await SyndicationTestSteps.WaitAsync(async () => (await EventsAsync()).Where(e => !before.Contains(e.Id)).ToList() is { Count: 1 } pushed && pushed[0].State == InboundEventState.Done ? pushed : null);
    }

    [Fact]
    public async Task The_same_webhook_delivered_twice_gives_one_reaction()
    {
        var (_, post) = await PublishAsync("Obras en la plaza mayor");
        await SubscribeAsync();
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Cuánto durarán?");
        await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == RemoteId(reply.Id)));
        var events = (await EventsAsync()).Count;

        var again = await Sandbox.Webhooks.ReplayAsync(Name, TestContext.Current.CancellationToken);

        Assert.Equal(200, again);
        Assert.Equal(events, (await EventsAsync()).Count);
        Assert.Single(await Host.InteractionsAsync(Network), i => i.RemoteId == RemoteId(reply.Id));
    }

    [Fact]
    public async Task With_the_webhook_lost_the_poll_still_imports_the_reply_once()
    {
        var (_, post) = await PublishAsync("Cierre temporal de la biblioteca");
        await SubscribeAsync(drop: true);
        var events = (await EventsAsync()).Count;

        var reply = await CitizenAsync("reply", post.RemoteId, "¿Y la sala de estudio?");

        var found = await Host.WaitInteractionsAsync(Network, all => all.Any(i => i.RemoteId == RemoteId(reply.Id)));
        Assert.Single(found, i => i.RemoteId == RemoteId(reply.Id) && i.WatchedPostId == post.Id);
        Assert.Equal(events, (await EventsAsync()).Count);
    }

    [Fact]
    public async Task A_forged_or_unsigned_webhook_gets_401_and_stores_nothing()
    {
        var (_, post) = await PublishAsync("Nueva línea de autobús");
        await SubscribeAsync(forge: true);
        BlockReads();
        var events = (await EventsAsync()).Count;
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Pasa por el hospital?");
        using var http = new HttpClient();

        var forged = await Sandbox.Webhooks.ReplayAsync(Name, TestContext.Current.CancellationToken);
        using var unsigned = await http.PostAsync(new Uri(Host.BaseAddress, WebhookPath(await ChannelAsync())), new StringContent("{\"update_id\":1}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(401, forged);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(events, (await EventsAsync()).Count);
        Assert.DoesNotContain(await Host.InteractionsAsync(Network), i => i.RemoteId == RemoteId(reply.Id));

        // The same event, signed right, is taken: the refusal was the signature's.
        await SubscribeAsync();
        Assert.Equal(200, await Sandbox.Webhooks.ReplayAsync(Name, TestContext.Current.CancellationToken));
        await Host.WaitInteractionsAsync(Network, all => all.Any(i => i.RemoteId == RemoteId(reply.Id)));
    }

    [Fact]
    public async Task An_edit_is_reflected()
    {
        var (_, post) = await PublishAsync("Recogida de enseres");
        await SubscribeAsync();
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Qué día pasan?");
        await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == RemoteId(reply.Id)));

        await CitizenAsync("edit", reply.Id, "¿Qué día pasan por mi barrio?");

        var edited = await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == RemoteId(reply.Id) && i.EditedUtc != null));
        Assert.Equal("¿Qué día pasan por mi barrio?", edited.Single(i => i.RemoteId == RemoteId(reply.Id)).Text);
    }

    [Fact]
    public async Task An_answer_from_the_portal_arrives_threaded_under_the_reply_once_even_after_the_network_refused_it()
    {
        var (_, post) = await PublishAsync("Vacunación antigripal");
        await SubscribeAsync();
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Hace falta cita previa?");
        var question = (await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == RemoteId(reply.Id)))).Single(i => i.RemoteId == RemoteId(reply.Id));
        RefuseNextAnswers();

        var delivery = await Host.WaitDeliveryAsync(await Host.AnswerAsync(question.Id, "Sí, en el teléfono del centro de salud."), DeliveryState.Sent);

        var answer = Assert.Single(Sandbox.Posts(Name), p => p.ParentId == reply.Id);
        Assert.Equal(("reply", post.RemoteId, "Sí, en el teléfono del centro de salud."), (answer.Kind, answer.RootId, answer.Text));
        Assert.Equal(RemoteId(answer.Id), delivery.RemoteId);
        var ours = await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == delivery.RemoteId));
        Assert.True(ours.Single(i => i.RemoteId == delivery.RemoteId).Mine);
        Assert.Equal(InteractionState.Answered, ours.Single(i => i.Id == question.Id).State);
    }

    /// <summary>Makes the network refuse the next answers as it would while down, so that the answer has to be sent again.</summary>
    protected abstract void RefuseNextAnswers();

    /// <summary>Publishes a page and waits until the network's post is watched (on Telegram, until the conversation's place is known).</summary>
    protected async Task<(string ItemId, WatchedPost Post)> PublishAsync(string title)
    {
        var (item, posts) = await Host.PublishWatchedAsync(title);
        var post = posts[Network];
        if (Network == SocialNetwork.Telegram)
        {
            post = await SyndicationTestSteps.WaitAsync(async () => (await Host.WatchedPostsAsync(item.ItemId)).SingleOrDefault(w => w.Network == Network && w.ThreadRemoteId != null));
        }

        return (item.ItemId, post);
    }

    protected async Task SubscribeAsync(bool drop = false, bool forge = false) =>
        Sandbox.Webhooks.Subscribe(new WebhookTarget(Name, new Uri(Host.BaseAddress, WebhookPath(await ChannelAsync())).ToString(), SandboxChannelsInitializer.SandboxWebhookSecret, drop, forge));

    protected Task<SandboxPost> CitizenAsync(string action, string postId, string? text = null) =>
        Sandbox.CitizenAsync(new CitizenAction(Name, action, postId, text, "vecina", "Vecina del barrio"));

    protected Task<Channel> ChannelAsync() => Host.ChannelAsync(Network);

    protected static string WebhookPath(Channel channel) => $"webhooks/{channel.Id}";

    protected Task<List<InboundEvent>> EventsAsync() =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<InboundEvent>().AsNoTracking().Where(e => e.Network == Network).ToListAsync(ct));

    /// <summary>
    /// Every read is refused from now on, so what reaches the portal comes by push. A plain 400: it pauses nothing,
    /// and neither the HTTP pipeline's retries nor its circuit breaker (which the networks share with publishing) take it.
    /// </summary>
    protected void BlockReads() => Sandbox.Faults.Add(new Fault(Name, "status", Operation: "read", Status: 400, Count: 1_000_000));
}

public sealed class FacebookPushedReplyTests(ReplyFixture fixture) : PushedReplyTests(fixture), IClassFixture<ReplyFixture>
{
    protected override SocialNetwork Network => SocialNetwork.Facebook;

    protected override string RemoteId(string sandboxId) => sandboxId;

    /// <summary>No server dedupe on Facebook: the first refusal leaves the outcome unknown and the thread is read before sending again.</summary>
    protected override void RefuseNextAnswers() => Sandbox.Faults.Add(new Fault("facebook", "status", Status: 503, Count: 2));

    [Fact]
    public async Task An_answer_whose_reply_was_lost_is_found_in_the_thread_as_ours_and_not_sent_twice()
    {
        var (_, post) = await PublishAsync("Huertos urbanos");
        await SubscribeAsync();
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Cómo me apunto?");
        var question = (await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == reply.Id))).Single(i => i.RemoteId == reply.Id);
        Sandbox.Faults.Add(new Fault("facebook", "reset-after-accept"));

        var delivery = await Host.WaitDeliveryAsync(await Host.AnswerAsync(question.Id, "En la sede electrónica, trámite de huertos."), DeliveryState.Sent);

        var answer = Assert.Single(Sandbox.Posts("facebook"), p => p.ParentId == reply.Id);
        Assert.Equal(answer.Id, delivery.RemoteId);
    }

    [Fact]
    public async Task A_removed_comment_deletes_our_copy()
    {
        var (_, post) = await PublishAsync("Mercadillo navideño");
        await SubscribeAsync();
        var reply = await CitizenAsync("reply", post.RemoteId, "¿Dónde se pide puesto?");
        await Host.WaitInteractionsAsync(Network, found => found.Any(i => i.RemoteId == reply.Id));
        BlockReads();

        await CitizenAsync("delete", reply.Id);

        await Host.WaitInteractionsAsync(Network, found => found.All(i => i.RemoteId != reply.Id));
    }

    [Fact]
    public async Task The_subscription_check_echoes_the_challenge_only_with_the_verify_token()
    {
        var path = WebhookPath(await ChannelAsync());
        using var http = new HttpClient { BaseAddress = Host.BaseAddress };

        using var right = await http.GetAsync($"{path}?hub.mode=subscribe&hub.verify_token={SandboxChannelsInitializer.SandboxVerifyToken}&hub.challenge=1158201444", TestContext.Current.CancellationToken);
        using var wrong = await http.GetAsync($"{path}?hub.mode=subscribe&hub.verify_token=otro&hub.challenge=1158201444", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("1158201444", await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.DoesNotContain("1158201444", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}

public sealed class TelegramPushedReplyTests(ReplyFixture fixture) : PushedReplyTests(fixture), IClassFixture<ReplyFixture>
{
    protected override SocialNetwork Network => SocialNetwork.Telegram;

    protected override string RemoteId(string sandboxId) => $"-100999:{long.Parse(sandboxId, System.Globalization.CultureInfo.InvariantCulture) + 500_000}";

    /// <summary>
    /// Telegram cannot say afterwards whether an answer whose outcome is unknown was posted (no thread to read), so
    /// the refusal is one that certainly posted nothing: flood control, with the wait it names.
    /// </summary>
    protected override void RefuseNextAnswers() => Sandbox.Faults.Add(new Fault("telegram", "status", Status: 429, RetryAfterSeconds: 1, Count: 2));
}
