using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;
using SocialSandbox;
using SocialSandbox.Citizens;
using SocialSandbox.Networks;

namespace Portal.IntegrationTests.Replies;

/// <summary>The Mastodon listener and answers against the sandbox: what a poll reads, page by page, and how an answer is threaded.</summary>
public sealed class MastodonListenerTests : SandboxListenerTest
{
    private readonly MastodonListener _listener = new();
    private readonly MastodonAdapter _adapter = new();

    protected override SocialNetwork Network => SocialNetwork.Mastodon;

    protected override string Account => "portal";

    [Fact]
    public async Task Replies_nested_two_deep_come_threaded_with_their_authors_and_the_post_counts()
    {
        var ours = await PostAsync("Abierto el plazo de matrícula");
        var first = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "¿Y si estoy empadronada en otro municipio?", AuthorName: "Vecina", Bio: "Vecina de Ribera. #nobot"));
        var second = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", first.Id, "Yo también lo pregunto & espero", Author: "vecino"));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "like", ours));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "like", ours));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "repost", ours));

        var read = await _listener.ReadThreadAsync(Context(), Watched(ours), CancellationToken.None);

        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.True(read.Complete);
        Assert.Equal(new PostCounts(2, 1, 1, 0), read.Counts);
        Assert.Equal(2, read.Reactions.Count);
        var reply = Assert.Single(read.Reactions, r => r.RemoteId == first.Id);
        Assert.Equal((InteractionKind.Reply, ours, ours), (reply.Kind, reply.ParentRemoteId, reply.RootRemoteId));
        Assert.Equal("@vecina@vecinos.example", reply.Author.Handle);
        Assert.Equal("Vecina", reply.Author.Name);
        Assert.Contains("#nobot", reply.Author.Bio, StringComparison.Ordinal);
        Assert.Equal("¿Y si estoy empadronada en otro municipio?", reply.Text);
        Assert.True(reply is { Public: true, Mine: false, EditedUtc: null });
        var nested = Assert.Single(read.Reactions, r => r.RemoteId == second.Id);
        Assert.Equal((first.Id, ours), (nested.ParentRemoteId, nested.RootRemoteId));
        Assert.Equal("Yo también lo pregunto & espero", nested.Text);
        Assert.Contains("&amp;", nested.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_reply_carries_its_new_words_and_edit_time_and_a_deleted_one_is_absent_from_a_complete_read()
    {
        var ours = await PostAsync("Corte de agua el martes");
        var kept = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "¿A qué hora?"));
        var gone = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "Esto es spam"));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "edit", kept.Id, "¿A qué hora empieza el corte?"));
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "delete", gone.Id));

        var read = await _listener.ReadThreadAsync(Context(), Watched(ours), CancellationToken.None);

        Assert.True(read.Complete);
        var edited = Assert.Single(read.Reactions);
        Assert.Equal((kept.Id, "¿A qué hora empieza el corte?"), (edited.RemoteId, edited.Text));
        Assert.NotNull(edited.EditedUtc);
        Assert.Equal(new PostCounts(0, 0, 1, 0), read.Counts);
    }

    [Fact]
    public async Task A_conversation_longer_than_a_context_shows_is_read_over_several_pages_and_is_complete_only_when_all_were_read()
    {
        // A chain of answers, each to the one before: a context lists 4,096 of them, the next page goes on from the last shown.
        var ours = await PostAsync("Presupuestos participativos");
        var parent = ours;
        var total = (2 * MastodonConversations.ContextLimit) + 10;
        for (var n = 0; n < total; n++)
        {
            parent = (await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", parent, $"Propuesta {n}"))).Id;
        }

        var partial = await _listener.ReadThreadAsync(Context(pages: 2), Watched(ours), CancellationToken.None);
        var whole = await _listener.ReadThreadAsync(Context(pages: 3), Watched(ours), CancellationToken.None);

        Assert.True(partial.Outcome.Succeeded);
        Assert.False(partial.Complete);
        Assert.Equal(2 * MastodonConversations.ContextLimit, partial.Reactions.Count);
        Assert.True(whole.Complete);
        Assert.Equal(total, whole.Reactions.Select(r => r.RemoteId).Distinct().Count());
        Assert.Equal(parent, Assert.Single(whole.Reactions, r => r.Text == $"Propuesta {total - 1}").RemoteId);
    }

    [Fact]
    public async Task A_spent_read_budget_stops_the_read_as_rate_limited_until_the_reset()
    {
        var ours = await PostAsync("Fiestas patronales");
        await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "¿Habrá verbena?"));
        Sandbox.Faults.SetLimit(new RateLimit("mastodon", 1, 120, "read"));

        var read = await _listener.ReadThreadAsync(Context(), Watched(ours), CancellationToken.None);

        Assert.Equal(ErrorKind.RateLimited, read.Outcome.Error);
        Assert.False(read.Complete);
        Assert.Empty(read.Reactions);
        Assert.InRange(read.Outcome.RetryAtUtc ?? DateTime.MinValue, DateTime.UtcNow, DateTime.UtcNow.AddSeconds(121));
        Assert.Equal(0, read.Outcome.Budget?.Remaining);
    }

    [Fact]
    public async Task Mentions_quotes_and_replies_arrive_from_notifications_once_each_over_pages_and_after_the_cursor()
    {
        var ours = await PostAsync("Nueva línea de autobús");
        var reply = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "¿Pasa por el centro de salud?"));
        var quote = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "quote", ours, "Por fin"));
        for (var n = 0; n < 45; n++)
        {
            await Sandbox.CitizenAsync(new CitizenAction("mastodon", "mention", Text: $"@portal consulta {n}"));
        }

        var first = await _listener.ReadMentionsAsync(Context(), null, CancellationToken.None);
        var later = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "mention", Text: "@portal una más"));
        var second = await _listener.ReadMentionsAsync(Context(), first.Cursor, CancellationToken.None);
        var third = await _listener.ReadMentionsAsync(Context(), second.Cursor, CancellationToken.None);

        Assert.Equal(47, first.Reactions.Select(r => r.RemoteId).Distinct().Count());
        var answered = Assert.Single(first.Reactions, r => r.RemoteId == reply.Id);
        Assert.Equal((InteractionKind.Reply, ours), (answered.Kind, answered.ParentRemoteId));
        var quoted = Assert.Single(first.Reactions, r => r.RemoteId == quote.Id);
        Assert.Equal((InteractionKind.Quote, ours), (quoted.Kind, quoted.ParentRemoteId));
        Assert.Equal(45, first.Reactions.Count(r => r.Kind == InteractionKind.Mention));
        Assert.Equal(later.Id, Assert.Single(second.Reactions).RemoteId);
        Assert.Empty(third.Reactions);
        Assert.Null(third.Cursor);
    }

    [Fact]
    public async Task An_answer_is_threaded_under_the_citizens_reply_once_names_them_once_and_reads_back_as_ours()
    {
        var ours = await PostAsync("Cita previa en el registro");
        var question = await Sandbox.CitizenAsync(new CitizenAction("mastodon", "reply", ours, "¿Se puede pedir por teléfono?"));
        var answer = Answer("@vecina@vecinos.example Sí, en el 010.", question.Id, ours);

        var sent = await _adapter.PostAsync(Context(), answer, CancellationToken.None);
        var repeated = await _adapter.PostAsync(Context(), answer, CancellationToken.None);
        var read = await _listener.ReadThreadAsync(Context(), Watched(ours), CancellationToken.None);

        Assert.True(sent.Succeeded, sent.Message);
        Assert.Equal(sent.RemoteId, repeated.RemoteId);
        var posted = Assert.Single(Sandbox.Posts("mastodon"), p => p.Id == sent.RemoteId);
        Assert.Equal(("reply", question.Id, ours, "portal"), (posted.Kind, posted.ParentId, posted.RootId, posted.Account));
        Assert.Equal(1, posted.Text.Split("@vecina@vecinos.example").Length - 1);
        var mine = Assert.Single(read.Reactions, r => r.RemoteId == sent.RemoteId);
        Assert.True(mine.Mine);
        Assert.Equal(question.Id, mine.ParentRemoteId);
    }

    private async Task<string> PostAsync(string text)
    {
        var post = new Delivery { Kind = DeliveryKind.Post, Text = text, IdempotencyKey = Guid.NewGuid().ToString("N"), CreatedUtc = DateTime.UtcNow };
        var outcome = await _adapter.PostAsync(Context(), post, CancellationToken.None);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.RemoteId!;
    }
}
