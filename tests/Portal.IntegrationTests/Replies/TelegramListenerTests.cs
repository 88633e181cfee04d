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
/// Telegram's reading side against the sandbox's Bot API: the discussion group's updates read from an offset (the
/// automatic forward says where a post's conversation is, each message there is a reaction in it), the bot's answers
/// threaded, and the webhook checked by its secret token and read as the poll is.
/// </summary>
public sealed class TelegramListenerTests : SandboxListenerTest
{
    private const string Channel = "@portal_canal";
    private const string Group = "-100999";
    private const string Secret = "bot-secret";

    private readonly TelegramListener _listener = new();
    private readonly TelegramWebhookReader _reader = new();

    protected override SocialNetwork Network => SocialNetwork.Telegram;

    protected override string Account => Channel;

    [Fact]
    public async Task Updates_tell_where_a_post_is_discussed_and_bring_each_message_there_once_from_the_offset_on()
    {
        var post = await PostAsync("Abre el plazo de becas");
        var question = await CitizenAsync("reply", post, "¿Hasta cuándo?");
        var second = await CitizenAsync("reply", question.Id, "Eso, ¿hasta cuándo?", author: "vecino");

        var first = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);
        var nothing = await _listener.ReadMentionsAsync(Context(), first.Cursor, TestContext.Current.CancellationToken);
        var third = await CitizenAsync("reply", post, "Gracias", author: "otra");
        var next = await _listener.ReadMentionsAsync(Context(), first.Cursor, TestContext.Current.CancellationToken);

        var thread = $"{Group}:{long.Parse(post) + 500_000}";
        Assert.True(first.Outcome.Succeeded, first.Outcome.Message);
        Assert.Equal(new ThreadLocation(post, thread), Assert.Single(first.Threads));
        Assert.Equal([Message(question.Id), Message(second.Id)], first.Reactions.Select(r => r.RemoteId));
        var reply = first.Reactions[1];
        Assert.Equal((Message(question.Id), thread, "@vecino", "vecino", false), (reply.ParentRemoteId, reply.RootRemoteId, reply.Author.Handle, reply.Author.Name, reply.Mine));
        Assert.Equal(thread, first.Reactions[0].ParentRemoteId);
        Assert.Empty(nothing.Reactions);
        Assert.Equal(first.Cursor, nothing.Cursor);
        Assert.Equal([Message(third.Id)], next.Reactions.Select(r => r.RemoteId));
        Assert.True(long.Parse(next.Cursor!) > long.Parse(first.Cursor!));
    }

    [Fact]
    public async Task An_edit_arrives_as_a_later_update_with_its_time_and_a_deletion_is_never_told()
    {
        var post = await PostAsync("Corte de agua");
        var question = await CitizenAsync("reply", post, "¿En qué calles?");
        var before = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);

        await CitizenAsync("edit", question.Id, "¿En qué calles y a qué hora?");
        var edited = await _listener.ReadMentionsAsync(Context(), before.Cursor, TestContext.Current.CancellationToken);
        await CitizenAsync("delete", question.Id);
        var deleted = await _listener.ReadMentionsAsync(Context(), edited.Cursor, TestContext.Current.CancellationToken);

        var change = Assert.Single(edited.Reactions);
        Assert.Equal((Message(question.Id), "¿En qué calles y a qué hora?"), (change.RemoteId, change.Text));
        Assert.NotNull(change.EditedUtc);
        Assert.Empty(deleted.Reactions);
        Assert.Empty(deleted.Deleted);
        Assert.Null(new TelegramWebhooks(Sandbox.TelegramUpdates).Payload("delete", question, Sandbox.Store));
    }

    [Fact]
    public async Task An_answer_goes_to_the_discussion_group_under_the_message_and_a_reply_to_it_is_threaded_under_it()
    {
        var post = await PostAsync("Jornada de puertas abiertas");
        var question = await CitizenAsync("reply", post, "¿Hace falta cita?");
        var read = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);
        var asked = Assert.Single(read.Reactions);

        var answer = await new TelegramAdapter().PostAsync(Context(), Answer("No, basta con venir.", asked.RemoteId, post), TestContext.Current.CancellationToken);
        var stored = Sandbox.Posts("telegram")[^1];
        var thanks = await CitizenAsync("reply", stored.Id, "¡Gracias!");
        var after = await _listener.ReadMentionsAsync(Context(), read.Cursor, TestContext.Current.CancellationToken);

        Assert.True(answer.Succeeded, answer.Message);
        Assert.Equal(Message(stored.Id), answer.RemoteId);
        Assert.Equal(("reply", question.Id, post, TelegramUpdates.BotName), (stored.Kind, stored.ParentId, stored.RootId, stored.Account));
        var reply = Assert.Single(after.Reactions);
        Assert.Equal((Message(thanks.Id), answer.RemoteId, asked.RootRemoteId), (reply.RemoteId, reply.ParentRemoteId, reply.RootRemoteId));
    }

    [Fact]
    public async Task A_backlog_is_read_a_hundred_updates_a_call_and_the_thread_read_has_nothing_to_read()
    {
        var post = await PostAsync("Presupuestos participativos");
        for (var n = 0; n < 250; n++)
        {
            await CitizenAsync("reply", post, $"Propuesta {n}", author: $"persona{n}");
        }

        var read = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);
        var reads = Reads();
        var thread = await _listener.ReadThreadAsync(Context(), Watched(post), TestContext.Current.CancellationToken);

        Assert.Equal(250, read.Reactions.Select(r => r.RemoteId).Distinct().Count());
        Assert.Single(read.Threads);
        Assert.Equal(3, reads);
        Assert.True(thread.Outcome.Succeeded);
        Assert.False(thread.Complete);
        Assert.Empty(thread.Reactions);
        Assert.Equal(reads, Reads());
    }

    [Fact]
    public async Task A_read_refused_for_the_spent_budget_is_rate_limited_and_keeps_the_cursor()
    {
        var post = await PostAsync("Cortes de tráfico");
        await CitizenAsync("reply", post, "¿Y el autobús?");
        Sandbox.Faults.SetLimit(new RateLimit("telegram", 1, 3600, "read"));
        var first = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);
        await CitizenAsync("reply", post, "¿Y el taxi?");

        var refused = await _listener.ReadMentionsAsync(Context(), first.Cursor, TestContext.Current.CancellationToken);

        Assert.True(first.Outcome.Succeeded);
        Assert.Equal(ErrorKind.RateLimited, refused.Outcome.Error);
        Assert.NotNull(refused.Outcome.RetryAtUtc);
        Assert.Empty(refused.Reactions);
        Assert.Null(refused.Cursor);
    }

    [Fact]
    public async Task Only_a_webhook_with_the_secret_token_is_authentic_its_id_is_the_update_and_it_reads_as_the_poll()
    {
        var post = await PostAsync("Fiestas patronales");
        var question = await CitizenAsync("reply", post, "¿Hay programa?");
        var dialect = new TelegramWebhooks(Sandbox.TelegramUpdates);
        var body = Encoding.UTF8.GetBytes(dialect.Payload("reply", question, Sandbox.Store)!);
        using var signed = new HttpRequestMessage(HttpMethod.Post, "http://portal/webhooks/1");
        using var forged = new HttpRequestMessage(HttpMethod.Post, "http://portal/webhooks/1");
        dialect.Sign(signed, body, Secret, forge: false);
        dialect.Sign(forged, body, Secret, forge: true);
        var secrets = new WebhookSecrets(Secret, null);
        var polled = await _listener.ReadMentionsAsync(Context(), null, TestContext.Current.CancellationToken);

        Assert.True(_reader.IsAuthentic(WebhookChecks.Received(signed, body), secrets));
        Assert.False(_reader.IsAuthentic(WebhookChecks.Received(forged, body), secrets));
        Assert.False(_reader.IsAuthentic(new(new Dictionary<string, string>(), body), secrets));
        Assert.False(_reader.IsAuthentic(WebhookChecks.Received(signed, body), new(null, null)));
        Assert.True(WebhookChecks.Calls(typeof(TelegramWebhookReader).GetMethod(nameof(TelegramWebhookReader.IsAuthentic))!, typeof(CryptographicOperations), nameof(CryptographicOperations.FixedTimeEquals)));
        Assert.Equal(question.Id, _reader.EventId(body));
        Assert.Equal(polled.Reactions.Single(), Assert.Single(_reader.Read(Encoding.UTF8.GetString(body)).Reactions));
        Assert.Equal(polled.Threads, _reader.Read(dialect.Payload("post", Sandbox.Posts("telegram").Single(p => p.Id == post), Sandbox.Store)!).Threads);
    }

    private async Task<string> PostAsync(string text)
    {
        var outcome = await new TelegramAdapter().PostAsync(Context(), new Delivery { Text = text }, TestContext.Current.CancellationToken);
        return outcome.RemoteId ?? throw new InvalidOperationException(outcome.Message);
    }

    private async Task<SandboxPost> CitizenAsync(string action, string postId, string? text = null, string author = "vecina") =>
        await Sandbox.CitizenAsync(new CitizenAction("telegram", action, postId, text, author));

    private static string Message(string sandboxId) => $"{Group}:{long.Parse(sandboxId) + 500_000}";

    private int Reads() => Sandbox.Store.Requests("telegram").Count(r => r.Operation == "read");
}
