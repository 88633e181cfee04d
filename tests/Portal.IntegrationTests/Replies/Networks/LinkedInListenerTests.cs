using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;
using SocialSandbox;

namespace Portal.IntegrationTests.Replies.Networks;

/// <summary>LinkedIn's listener reads the comments of our post and the comments on them; the adapter answers with a (nested) comment.</summary>
public sealed class LinkedInListenerTests() : ListenerTest(SocialNetwork.LinkedIn, Organization)
{
    private const string Organization = "5550001";

    protected override INetworkListener Listener { get; } = new LinkedInListener();

    protected override INetworkAdapter Adapter { get; } = new LinkedInAdapter();

    [Fact]
    public async Task Comments_and_their_nested_answers_are_read_with_counts_and_our_answers_marked_mine()
    {
        var post = await PublishAsync("Convocatoria de empleo público");
        var question = await CitizenAsync("reply", post.RemoteId, "¿Cuántas plazas hay?");
        var nested = await CitizenAsync("reply", question.Id, "Eso, ¿cuántas?", author: "vecino");
        await CitizenAsync("like", post.RemoteId);
        var answer = await AnswerAsync(post, Urn(post, question.Id), "Doce plazas, seis de turno libre.");
        var onThePost = await AnswerAsync(post, post.RemoteId, "Las bases están en la sede electrónica.");

        var read = await ReadAsync(post);

        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.True(read.Complete);
        Assert.Equal(4, read.Reactions.Count);
        var first = Assert.Single(read.Reactions, r => r.RemoteId == Urn(post, question.Id));
        Assert.Equal((InteractionKind.Reply, post.RemoteId, post.RemoteId, "¿Cuántas plazas hay?"), (first.Kind, first.ParentRemoteId, first.RootRemoteId, first.Text));
        Assert.Equal(("urn:li:person:vecina", "vecina"), (first.Author.Id, first.Author.Handle));
        Assert.False(first.Mine);
        Assert.Equal(first.RemoteId, Assert.Single(read.Reactions, r => r.RemoteId == Urn(post, nested.Id)).ParentRemoteId);
        var ours = read.Reactions.Where(r => r.Mine).ToDictionary(r => r.RemoteId, r => r.ParentRemoteId);
        Assert.Equal(new Dictionary<string, string?> { [answer.RemoteId!] = first.RemoteId, [onThePost.RemoteId!] = post.RemoteId }, ours);
        Assert.Equal(new PostCounts(1, 0, 4, 0), read.Counts);
    }

    [Fact]
    public async Task An_edit_is_read_as_such_and_a_deleted_comment_is_absent_from_a_complete_read()
    {
        var post = await PublishAsync("Horario de verano de las bibliotecas");
        var question = await CitizenAsync("reply", post.RemoteId, "¿Abren los sábados?");
        var other = await CitizenAsync("reply", post.RemoteId, "Qué buena noticia", author: "vecino");
        await CitizenAsync("edit", question.Id, "¿Abren los sábados por la tarde?");
        await CitizenAsync("delete", other.Id);

        var read = await ReadAsync(post);

        Assert.True(read.Complete);
        var edited = Assert.Single(read.Reactions);
        Assert.Equal((Urn(post, question.Id), "¿Abren los sábados por la tarde?"), (edited.RemoteId, edited.Text));
        Assert.NotNull(edited.EditedUtc);
    }

    [Fact]
    public async Task Every_page_of_comments_is_read_and_a_read_cut_short_by_the_page_limit_is_not_complete()
    {
        var post = await PublishAsync("Consulta pública sobre movilidad");
        AddReplies(post.RemoteId, post.RemoteId, 250);

        var whole = await ReadAsync(post);

        Assert.True(whole.Complete);
        Assert.Equal(250, whole.Reactions.Select(r => r.RemoteId).Distinct().Count());

        var cut = await ReadAsync(post, pages: 2);
        Assert.True(cut.Outcome.Succeeded);
        Assert.False(cut.Complete);
        Assert.Equal(200, cut.Reactions.Count);
    }

    [Fact]
    public async Task A_spent_read_budget_stops_the_read_as_rate_limited_until_the_reset()
    {
        var post = await PublishAsync("Mercadillo solidario");
        AddReplies(post.RemoteId, post.RemoteId, 150);
        Sandbox.Faults.SetLimit(new RateLimit("linkedin", 2, 60, "read"));

        var read = await ReadAsync(post);

        Assert.Equal(ErrorKind.RateLimited, read.Outcome.Error);
        Assert.InRange(read.Outcome.RetryAtUtc!.Value, DateTime.UtcNow, DateTime.UtcNow.AddSeconds(61));
        Assert.False(read.Complete);
        Assert.Empty(read.Reactions);
    }

    [Fact]
    public async Task Mentions_are_an_empty_successful_read()
    {
        var read = await Listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);

        Assert.True(read.Outcome.Succeeded);
        Assert.Empty(read.Reactions);
        Assert.Equal(0, Reads);
    }

    private static string Urn(WatchedPost post, string id) => $"urn:li:comment:({post.RemoteId},{id})";
}
