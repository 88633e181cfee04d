using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;
using SocialSandbox;
using SocialSandbox.Citizens;
using SocialSandbox.Networks;

namespace Portal.IntegrationTests.Replies;

/// <summary>The Bluesky listener and answers against the sandbox: threads by depth, CIDs as versions, notifications with a cursor, and answers' strong references.</summary>
public sealed class BlueskyListenerTests : SandboxListenerTest
{
    private readonly BlueskyListener _listener = new();
    private readonly BlueskyAdapter _adapter = new();

    protected override SocialNetwork Network => SocialNetwork.Bluesky;

    protected override string Account => BlueskyView.Handle;

    protected override ChannelCredentials Credentials => new("sandbox-token") { Did = BlueskyView.Did };

    [Fact]
    public async Task Replies_nested_two_deep_come_with_root_parent_cid_author_and_the_post_counts()
    {
        var ours = await PostAsync("Abierto el plazo de matrícula");
        var first = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿Y si estoy empadronada en otro municipio?", AuthorName: "Vecina"));
        var second = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", first.Id, "Yo también lo pregunto", Author: "vecino"));
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "quote", ours.Id, "Atentos"));
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "like", ours.Id));
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "repost", ours.Id));

        var read = await _listener.ReadThreadAsync(Context(), Watched(ours.Uri), CancellationToken.None);

        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.True(read.Complete);
        Assert.Equal(new PostCounts(1, 1, 1, 1), read.Counts);
        Assert.Equal(2, read.Reactions.Count);
        var reply = Assert.Single(read.Reactions, r => r.RemoteId == BlueskyView.Uri(first));
        Assert.Equal((InteractionKind.Reply, ours.Uri, ours.Uri, BlueskyView.Cid(first)), (reply.Kind, reply.ParentRemoteId, reply.RootRemoteId, reply.Version));
        Assert.Equal(("vecina.bsky.social", "Vecina", "did:plc:vecina"), (reply.Author.Handle, reply.Author.Name, reply.Author.Id));
        Assert.Equal("¿Y si estoy empadronada en otro municipio?", reply.Text);
        Assert.False(reply.Mine);
        var nested = Assert.Single(read.Reactions, r => r.RemoteId == BlueskyView.Uri(second));
        Assert.Equal((BlueskyView.Uri(first), ours.Uri), (nested.ParentRemoteId, nested.RootRemoteId));
    }

    [Fact]
    public async Task An_edited_reply_keeps_its_uri_under_a_new_cid_and_a_deleted_one_is_absent_from_a_complete_read()
    {
        var ours = await PostAsync("Corte de agua el martes");
        var kept = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿A qué hora?"));
        var gone = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "Esto es spam"));
        var before = await _listener.ReadThreadAsync(Context(), Watched(ours.Uri), CancellationToken.None);
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "edit", kept.Id, "¿A qué hora empieza el corte?"));
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "delete", gone.Id));

        var after = await _listener.ReadThreadAsync(Context(), Watched(ours.Uri), CancellationToken.None);

        Assert.Equal(2, before.Reactions.Count);
        Assert.True(after.Complete);
        var edited = Assert.Single(after.Reactions);
        Assert.Equal((BlueskyView.Uri(kept), "¿A qué hora empieza el corte?"), (edited.RemoteId, edited.Text));
        Assert.NotEqual(Assert.Single(before.Reactions, r => r.RemoteId == edited.RemoteId).Version, edited.Version);
    }

    [Fact]
    public async Task A_conversation_deeper_than_a_thread_shows_is_read_over_several_pages_and_is_complete_only_when_all_were_read()
    {
        var ours = await PostAsync("Presupuestos participativos");
        var parent = ours.Id;
        const int total = 25;
        for (var n = 0; n < total; n++)
        {
            parent = (await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", parent, $"Propuesta {n}"))).Id;
        }

        var partial = await _listener.ReadThreadAsync(Context(pages: 2), Watched(ours.Uri), CancellationToken.None);
        var readsBefore = ThreadReads();
        var whole = await _listener.ReadThreadAsync(Context(pages: 3), Watched(ours.Uri), CancellationToken.None);

        Assert.True(partial.Outcome.Succeeded);
        Assert.False(partial.Complete);
        Assert.Equal(20, partial.Reactions.Count);
        Assert.True(whole.Complete);
        Assert.Equal(total, whole.Reactions.Count);
        Assert.Equal(3, ThreadReads() - readsBefore);
    }

    [Fact]
    public async Task A_spent_read_budget_stops_the_read_as_rate_limited_until_the_reset()
    {
        var ours = await PostAsync("Fiestas patronales");
        await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿Habrá verbena?"));
        Sandbox.Faults.SetLimit(new RateLimit("bluesky", 0, 120, "read"));

        var read = await _listener.ReadThreadAsync(Context(), Watched(ours.Uri), CancellationToken.None);

        Assert.Equal(ErrorKind.RateLimited, read.Outcome.Error);
        Assert.False(read.Complete);
        Assert.Empty(read.Reactions);
        Assert.InRange(read.Outcome.RetryAtUtc ?? DateTime.MinValue, DateTime.UtcNow, DateTime.UtcNow.AddSeconds(121));
    }

    [Fact]
    public async Task Replies_mentions_and_quotes_arrive_from_notifications_over_pages_and_only_what_is_newer_than_the_cursor()
    {
        var ours = await PostAsync("Nueva línea de autobús");
        var reply = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿Pasa por el centro de salud?", Bio: "Sin bots, por favor #nobot"));
        var quote = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "quote", ours.Id, "Por fin"));
        for (var n = 0; n < 55; n++)
        {
            await Sandbox.CitizenAsync(new CitizenAction("bluesky", "mention", Text: $"@portal.sandbox consulta {n}"));
        }

        var first = await _listener.ReadMentionsAsync(Context(), null, CancellationToken.None);
        var later = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "mention", Text: "@portal.sandbox una más"));
        var second = await _listener.ReadMentionsAsync(Context(), first.Cursor, CancellationToken.None);

        Assert.Equal(57, first.Reactions.Select(r => r.RemoteId).Distinct().Count());
        var answered = Assert.Single(first.Reactions, r => r.RemoteId == BlueskyView.Uri(reply));
        Assert.Equal((InteractionKind.Reply, ours.Uri, ours.Uri), (answered.Kind, answered.ParentRemoteId, answered.RootRemoteId));
        Assert.Contains("#nobot", answered.Author.Bio, StringComparison.Ordinal);
        var quoted = Assert.Single(first.Reactions, r => r.RemoteId == BlueskyView.Uri(quote));
        Assert.Equal((InteractionKind.Quote, ours.Uri), (quoted.Kind, quoted.ParentRemoteId));
        Assert.Contains(second.Reactions, r => r.RemoteId == BlueskyView.Uri(later));
        Assert.DoesNotContain(second.Reactions, r => r.RemoteId == BlueskyView.Uri(reply));
        Assert.True(second.Reactions.Count <= 2);
    }

    [Fact]
    public async Task An_answer_names_root_and_parent_with_their_cids_looked_up_when_missing_and_is_written_once()
    {
        var ours = await PostAsync("Cita previa en el registro");
        var question = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿Se puede pedir por teléfono?"));
        var answer = Answer("Sí, en el 010.", BlueskyView.Uri(question), ours.Uri);

        var sent = await _adapter.PostAsync(Context(), answer, CancellationToken.None);
        var repeated = await _adapter.PostAsync(Context(), answer, CancellationToken.None);
        var read = await _listener.ReadThreadAsync(Context(), Watched(ours.Uri), CancellationToken.None);

        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(sent.RemoteId, repeated.RemoteId);
        var posted = Assert.Single(Sandbox.Posts("bluesky"), p => p.Kind == "reply" && p.Account == BlueskyView.Handle);
        Assert.Equal((answer.IdempotencyKey, question.Id, ours.Id), (posted.Id, posted.ParentId, posted.RootId));
        Assert.Contains(Sandbox.Store.Requests("bluesky"), r => r.Path.EndsWith("getPosts", StringComparison.Ordinal));
        var mine = Assert.Single(read.Reactions, r => r.RemoteId == sent.RemoteId);
        Assert.True(mine.Mine);
        Assert.Equal((BlueskyView.Uri(question), ours.Uri), (mine.ParentRemoteId, mine.RootRemoteId));
    }

    [Fact]
    public async Task An_answer_with_both_cids_known_is_written_without_a_look_up()
    {
        var ours = await PostAsync("Bolsa de empleo");
        var question = await Sandbox.CitizenAsync(new CitizenAction("bluesky", "reply", ours.Id, "¿Hasta cuándo?"));
        var answer = Answer("Hasta el viernes.", BlueskyView.Uri(question), ours.Uri, BlueskyView.Cid(question), BlueskyView.Cid(ours.Id));

        var sent = await _adapter.PostAsync(Context(), answer, CancellationToken.None);

        Assert.True(sent.Succeeded, sent.Message);
        Assert.DoesNotContain(Sandbox.Store.Requests("bluesky"), r => r.Path.EndsWith("getPosts", StringComparison.Ordinal));
        Assert.Equal(question.Id, Assert.Single(Sandbox.Posts("bluesky"), p => p.Id == answer.IdempotencyKey).ParentId);
    }

    private int ThreadReads() => Sandbox.Store.Requests("bluesky").Count(r => r.Path.EndsWith("getPostThread", StringComparison.Ordinal));

    private async Task<(string Id, string Uri)> PostAsync(string text)
    {
        var post = new Delivery { Kind = DeliveryKind.Post, Text = text, IdempotencyKey = Tid.New(DateTimeOffset.UtcNow), CreatedUtc = DateTime.UtcNow };
        var outcome = await _adapter.PostAsync(Context(), post, CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Message);
        return (post.IdempotencyKey, outcome.RemoteId!);
    }
}
