using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;
using SocialSandbox;

namespace Portal.IntegrationTests.Replies.Networks;

/// <summary>X's listener reads a conversation through recent search and the account's mentions, and the adapter answers in it.</summary>
public sealed class XListenerTests() : ListenerTest(SocialNetwork.X, "4242")
{
    protected override INetworkListener Listener { get; } = new XListener();

    protected override INetworkAdapter Adapter { get; } = new XAdapter();

    [Fact]
    public async Task A_conversation_is_read_nested_with_its_authors_counts_and_our_own_answer_marked_mine()
    {
        var post = await PublishAsync("Abre el plazo de las becas de comedor");
        var question = await CitizenAsync("reply", post.RemoteId, "¿Y si estoy empadronada en otro municipio?");
        var follow = await CitizenAsync("reply", question.Id, "Yo tengo la misma duda", author: "vecino");
        await CitizenAsync("like", post.RemoteId);
        await CitizenAsync("like", post.RemoteId);
        await CitizenAsync("repost", post.RemoteId);
        var answer = await AnswerAsync(post, question.Id, "Puede solicitarla igualmente: el requisito es la matrícula.");

        var read = await ReadAsync(post);

        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.True(read.Complete);
        Assert.Equal(3, read.Reactions.Count);
        var first = Assert.Single(read.Reactions, r => r.RemoteId == question.Id);
        Assert.Equal((InteractionKind.Reply, post.RemoteId, post.RemoteId), (first.Kind, first.ParentRemoteId, first.RootRemoteId));
        Assert.Equal(("@vecina", "Vecina de Prueba", "Vivo en el barrio"), (first.Author.Handle, first.Author.Name, first.Author.Bio));
        Assert.False(first.Mine);
        Assert.Null(first.EditedUtc);
        Assert.Equal(question.Id, Assert.Single(read.Reactions, r => r.RemoteId == follow.Id).ParentRemoteId);
        var ours = Assert.Single(read.Reactions, r => r.Mine);
        Assert.Equal((answer.RemoteId, question.Id, "Puede solicitarla igualmente: el requisito es la matrícula."), (ours.RemoteId, ours.ParentRemoteId, ours.Text));
        Assert.Equal(new PostCounts(2, 1, 1, 0), read.Counts);
        Assert.NotNull(read.Outcome.Budget);
    }

    [Fact]
    public async Task An_edit_keeps_the_first_id_and_a_deletion_leaves_a_complete_read_without_the_post()
    {
        var post = await PublishAsync("Corte de agua en el centro");
        var question = await CitizenAsync("reply", post.RemoteId, "¿Hasta qué hora?");
        var other = await CitizenAsync("reply", post.RemoteId, "Gracias por avisar", author: "vecino");
        await CitizenAsync("edit", question.Id, "¿Hasta qué hora, y en qué calles?");
        await CitizenAsync("delete", other.Id);

        var read = await ReadAsync(post);

        Assert.True(read.Complete);
        var edited = Assert.Single(read.Reactions);
        Assert.Equal((question.Id, "¿Hasta qué hora, y en qué calles?"), (edited.RemoteId, edited.Text));
        Assert.NotNull(edited.EditedUtc);

        // X still takes the first id of an edited post as the parent of an answer.
        var answer = await AnswerAsync(post, edited.RemoteId, "Hasta las 14:00, en la calle Mayor.");
        Assert.Contains((await ReadAsync(post)).Reactions, r => r.RemoteId == answer.RemoteId && r.Mine && r.ParentRemoteId == question.Id);
    }

    [Fact]
    public async Task Every_page_of_a_long_conversation_is_read_and_a_read_cut_short_by_the_page_limit_is_not_complete()
    {
        var post = await PublishAsync("Presupuestos participativos");
        AddReplies(post.RemoteId, post.RemoteId, 250);
        var before = Reads;

        var whole = await ReadAsync(post);

        Assert.True(whole.Complete);
        Assert.Equal(250, whole.Reactions.Select(r => r.RemoteId).Distinct().Count());
        Assert.Equal(1 + 3, Reads - before);

        var cut = await ReadAsync(post, pages: 2);
        Assert.True(cut.Outcome.Succeeded);
        Assert.False(cut.Complete);
        Assert.Equal(200, cut.Reactions.Count);
    }

    [Fact]
    public async Task A_spent_read_budget_stops_the_read_as_rate_limited_until_the_reset()
    {
        var post = await PublishAsync("Fiestas del barrio");
        AddReplies(post.RemoteId, post.RemoteId, 150);
        Sandbox.Faults.SetLimit(new RateLimit("x", 2, 60, "read"));

        var read = await ReadAsync(post);

        Assert.Equal(ErrorKind.RateLimited, read.Outcome.Error);
        Assert.InRange(read.Outcome.RetryAtUtc!.Value, DateTime.UtcNow, DateTime.UtcNow.AddSeconds(61));
        Assert.Equal(0, read.Outcome.Budget?.Remaining);
        Assert.False(read.Complete);
        Assert.Empty(read.Reactions);
    }

    [Fact]
    public async Task After_seven_days_the_search_sees_only_recent_replies_and_never_claims_the_whole_conversation()
    {
        var post = await PublishAsync("Obras en la plaza");
        var old = await CitizenAsync("reply", post.RemoteId, "Llevan meses así");
        Age(post.RemoteId, days: 8);
        Age(old.Id, days: 8);
        post.PostedUtc = DateTime.UtcNow.AddDays(-8);
        var recent = await CitizenAsync("reply", post.RemoteId, "¿Cuándo terminan?");

        var read = await ReadAsync(post);

        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.False(read.Complete);
        Assert.Equal(recent.Id, Assert.Single(read.Reactions).RemoteId);
        Assert.Equal(2, read.Counts?.Replies);

        var mentions = await Listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);
        Assert.True(mentions.Outcome.Succeeded);
        Assert.Equal([recent.Id, old.Id], mentions.Reactions.Select(r => r.RemoteId));
    }

    [Fact]
    public async Task Mentions_are_read_after_the_cursor_with_their_kind_and_thread()
    {
        var post = await PublishAsync("Nueva línea de autobús");
        var reply = await CitizenAsync("reply", post.RemoteId, "¡Por fin!");
        var quote = await CitizenAsync("quote", post.RemoteId, "Esto nos interesa a todos");
        var mention = await CitizenAsync("mention", null, "@portal ¿pasará por el hospital?");

        var first = await Listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);

        Assert.Equal([mention.Id, quote.Id, reply.Id], first.Reactions.Select(r => r.RemoteId));
        Assert.Equal([InteractionKind.Mention, InteractionKind.Quote, InteractionKind.Reply], first.Reactions.Select(r => r.Kind));
        Assert.Equal((post.RemoteId, post.RemoteId), (first.Reactions[2].ParentRemoteId, first.Reactions[2].RootRemoteId));
        Assert.Equal(post.RemoteId, first.Reactions[1].ParentRemoteId);
        Assert.Null(first.Reactions[0].RootRemoteId);
        Assert.Equal(mention.Id, first.Cursor);

        var later = await CitizenAsync("mention", null, "@portal ¿y los domingos?");
        var second = await Listener.ReadMentionsAsync(Context(), first.Cursor, TestContext.Current.CancellationToken);
        Assert.Equal(later.Id, Assert.Single(second.Reactions).RemoteId);
        Assert.Equal(later.Id, second.Cursor);
    }

    private void Age(string id, int days)
    {
        var post = Sandbox.Store.Find("x", p => p.Id == id)!;
        Sandbox.Store.Replace(post, post with { CreatedUtc = post.CreatedUtc.AddDays(-days) });
    }
}
