using System.Security.Cryptography;
using System.Text;
using Portal.Syndication;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using Portal.Syndication.Replies.Networks;
using SocialSandbox;
using SocialSandbox.Citizens;
using SocialSandbox.Networks;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// Facebook's reading side against the sandbox's Graph API: a post's comments at every level, paged, with its counts;
/// the page's own answers recognised as ours; the <c>feed</c> webhook checked by its signature and read as the poll is.
/// </summary>
public sealed class FacebookListenerTests : SandboxListenerTest
{
    private const string Page = "100200300";
    private const string Secret = "app-secret";

    private static readonly FacebookWebhooks Dialect = new();

    private readonly FacebookListener _listener = new();
    private readonly FacebookWebhookReader _reader = new();

    protected override SocialNetwork Network => SocialNetwork.Facebook;

    protected override string Account => Page;

    [Fact]
    public async Task A_thread_read_brings_every_level_of_comments_our_answer_as_ours_and_the_counts()
    {
        var post = OurPost();
        var question = await CitizenAsync("reply", post.Id, "¿Y si estoy empadronada en otro municipio?");
        var followUp = await CitizenAsync("reply", question.Id, "Yo tengo la misma duda", author: "vecino");
        await CitizenAsync("like", post.Id);
        await CitizenAsync("repost", post.Id);
        var context = Context();

        var answer = await new FacebookAdapter().PostAsync(context, Answer("Puede hacerlo en cualquier oficina.", question.Id, post.Id), TestContext.Current.CancellationToken);
        var read = await _listener.ReadThreadAsync(context, Watched(post.Id), TestContext.Current.CancellationToken);

        Assert.True(answer.Succeeded, answer.Message);
        Assert.True(read.Outcome.Succeeded, read.Outcome.Message);
        Assert.True(read.Complete);
        Assert.Equal(new PostCounts(1, 1, 3, 0), read.Counts);
        var top = Assert.Single(read.Reactions, r => r.RemoteId == question.Id);
        Assert.Equal((post.Id, post.Id, "vecina", false), (top.ParentRemoteId, top.RootRemoteId, top.Author.Handle, top.Mine));
        Assert.Equal(question.Id, Assert.Single(read.Reactions, r => r.RemoteId == followUp.Id).ParentRemoteId);
        var ours = Assert.Single(read.Reactions, r => r.RemoteId == answer.RemoteId);
        Assert.True(ours.Mine);
        Assert.Equal((question.Id, post.Id, Page), (ours.ParentRemoteId, ours.RootRemoteId, ours.Author.Id));
        var stored = Assert.Single(Sandbox.Posts("facebook"), p => p.Id == answer.RemoteId);
        Assert.Equal(("reply", question.Id, post.Id), (stored.Kind, stored.ParentId, stored.RootId));
    }

    [Fact]
    public async Task A_long_thread_is_read_page_after_page_and_is_complete_only_when_every_page_was_read()
    {
        var post = OurPost();
        for (var n = 0; n < 250; n++)
        {
            await CitizenAsync("reply", post.Id, $"Comentario {n}", author: $"persona{n}");
        }

        var all = await _listener.ReadThreadAsync(Context(pages: 10), Watched(post.Id), TestContext.Current.CancellationToken);
        var reads = Reads();
        var part = await _listener.ReadThreadAsync(Context(pages: 2), Watched(post.Id), TestContext.Current.CancellationToken);

        Assert.True(all.Complete);
        Assert.Equal(250, all.Reactions.Select(r => r.RemoteId).Distinct().Count());
        Assert.Equal(4, reads);
        Assert.True(part.Outcome.Succeeded);
        Assert.False(part.Complete);
        Assert.Equal(200, part.Reactions.Count);
    }

    [Fact]
    public async Task A_read_refused_for_the_spent_budget_is_rate_limited_with_nothing_read_and_not_complete()
    {
        var post = OurPost();
        await CitizenAsync("reply", post.Id, "Una pregunta");
        Sandbox.Faults.SetLimit(new RateLimit("facebook", 1, 3600, "read"));

        var read = await _listener.ReadThreadAsync(Context(), Watched(post.Id), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorKind.RateLimited, read.Outcome.Error);
        Assert.Empty(read.Reactions);
        Assert.False(read.Complete);
    }

    [Fact]
    public async Task Mentions_are_an_empty_successful_read()
    {
        var read = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);

        Assert.True(read.Outcome.Succeeded);
        Assert.Empty(read.Reactions);
        Assert.Empty(Sandbox.Store.Requests("facebook"));
    }

    [Fact]
    public async Task Only_a_webhook_signed_with_the_app_secret_is_authentic_and_the_check_is_constant_time()
    {
        var comment = await CitizenAsync("reply", OurPost().Id, "Gracias por avisar");
        var (signed, body) = Webhook("reply", comment, forge: false);
        var (forged, _) = Webhook("reply", comment, forge: true);
        var secrets = new WebhookSecrets(Secret, null);
        var tampered = (byte[])body.Clone();
        tampered[^3] ^= 1;
        var headers = WebhookChecks.Received(signed, body).Headers;

        Assert.True(_reader.IsAuthentic(WebhookChecks.Received(signed, body), secrets));
        Assert.False(_reader.IsAuthentic(WebhookChecks.Received(forged, body), secrets));
        Assert.False(_reader.IsAuthentic(WebhookChecks.Received(signed, tampered), secrets));
        Assert.False(_reader.IsAuthentic(new(new Dictionary<string, string>(), body), secrets));
        Assert.False(_reader.IsAuthentic(new(new Dictionary<string, string> { ["x-hub-signature-256"] = "sha256=zz" }, body), secrets));
        Assert.False(_reader.IsAuthentic(new(headers, body), new(null, null)));
        Assert.True(WebhookChecks.Calls(typeof(FacebookWebhookReader).GetMethod(nameof(FacebookWebhookReader.IsAuthentic))!, typeof(CryptographicOperations), nameof(CryptographicOperations.FixedTimeEquals)));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), _reader.EventId(body));
    }

    [Fact]
    public async Task The_feed_webhook_reads_an_added_comment_as_the_poll_does_an_edit_with_its_time_and_a_removal_as_deleted()
    {
        var post = OurPost();
        var question = await CitizenAsync("reply", post.Id, "¿Abre el sábado?");
        var nested = await CitizenAsync("reply", question.Id, "Eso, ¿abre?", author: "vecino");
        var added = _reader.Read(Encoding.UTF8.GetString(Webhook("reply", nested, forge: false).Body));
        var polled = await _listener.ReadThreadAsync(Context(), Watched(post.Id), TestContext.Current.CancellationToken);
        var edited = _reader.Read(Encoding.UTF8.GetString(Webhook("edit", await CitizenAsync("edit", question.Id, "¿Abre el sábado por la tarde?"), forge: false).Body));
        var removed = _reader.Read(Encoding.UTF8.GetString(Webhook("delete", await CitizenAsync("delete", nested.Id), forge: false).Body));

        var pushed = Assert.Single(added.Reactions);
        Assert.Equal(polled.Reactions.Single(r => r.RemoteId == nested.Id), pushed);
        Assert.Equal((question.Id, post.Id), (pushed.ParentRemoteId, pushed.RootRemoteId));
        var change = Assert.Single(edited.Reactions);
        Assert.Equal("¿Abre el sábado por la tarde?", change.Text);
        Assert.NotNull(change.EditedUtc);
        Assert.Empty(removed.Reactions);
        Assert.Equal([nested.Id], removed.Deleted);
    }

    private SandboxPost OurPost() =>
        Sandbox.Store.Add("facebook", Page, "Abre el plazo de empadronamiento", id => $"{Sandbox.Url}/facebook/{id}", id: $"{Page}_{Guid.NewGuid():N}");

    private Task<SandboxPost> CitizenAsync(string action, string postId, string? text = null, string author = "vecina") =>
        Sandbox.CitizenAsync(new CitizenAction("facebook", action, postId, text, author));

    private int Reads() => Sandbox.Store.Requests("facebook").Count(r => r.Operation == "read");

    private (HttpRequestMessage Request, byte[] Body) Webhook(string action, SandboxPost post, bool forge)
    {
        var body = Encoding.UTF8.GetBytes(Dialect.Payload(action, post, Sandbox.Store)!);
        var request = new HttpRequestMessage(HttpMethod.Post, "http://portal/webhooks/1");
        Dialect.Sign(request, body, Secret, forge);
        return (request, body);
    }
}
