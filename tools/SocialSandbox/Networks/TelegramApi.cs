using System.Globalization;
using System.Text.Json.Nodes;
using SocialSandbox.Citizens;

namespace SocialSandbox.Networks;

/// <summary>
/// The Bot API subset: messages and photos to a channel, edits, deletions, and <c>getUpdates</c> with the
/// automatic forward of every channel post into its discussion group (how Telegram lets a bot find a post).
/// </summary>
public static class TelegramApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new TelegramDialect();
        var group = app.MapGroup("/telegram/bot{token}");

        group.MapPost("/getMe", (HttpContext c, SandboxPipeline p) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(new Outcome(Ok(new JsonObject { ["id"] = 77, ["is_bot"] = true, ["username"] = "portal_sandbox_bot" }), 200))));

        group.MapPost("/sendMessage", (HttpContext c, SandboxPipeline p, SandboxStore store, TelegramUpdates updates, WebhookSender webhooks) =>
            Send(c, p, store, net, "text", updates, webhooks));
        group.MapPost("/sendPhoto", (HttpContext c, SandboxPipeline p, SandboxStore store, TelegramUpdates updates, WebhookSender webhooks) =>
            Send(c, p, store, net, "caption", updates, webhooks));

        group.MapPost("/getUpdates", (HttpContext c, SandboxPipeline p, TelegramUpdates updates) => p.RunAsync(c, net, "read", async () =>
        {
            // The real API forgets what an offset confirmed; the sandbox keeps it, so that a read without an offset
            // (the adapter looking for a post whose answer was lost) still finds the post's forward.
            var body = await RequestBody.ReadAsync(c.Request);
            var offset = long.TryParse(body.Text("offset"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o : long.MinValue;
            var limit = TimelinePaging.Size(body.Text("limit"), 100);
            var allowed = AllowedUpdates(body);
            var held = updates.All()
                .Where(u => u["update_id"]!.GetValue<long>() >= offset && (allowed.Count == 0 || u.Any(f => allowed.Contains(f.Key))))
                .Take(limit);
            return new Outcome(Ok(new JsonArray([.. held])), 200);
        }));

        group.MapPost("/editMessageText", (HttpContext c, SandboxPipeline p, SandboxStore store) => Edit(c, p, store, net, "text"));
        group.MapPost("/editMessageCaption", (HttpContext c, SandboxPipeline p, SandboxStore store) => Edit(c, p, store, net, "caption"));

        group.MapPost("/deleteMessage", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            store.Find(net.Name, s => s.Id == body.Text("message_id") && !s.Deleted)?.Deleted = true;
            return new Outcome(Ok(true), 200);
        }));
    }

    private static Task<IResult> Send(
        HttpContext c, SandboxPipeline p, SandboxStore store, TelegramDialect net, string field, TelegramUpdates updates, WebhookSender webhooks) => p.RunAsync(c, net, "create", async () =>
    {
        var body = await RequestBody.ReadAsync(c.Request);
        var text = body.Text(field);
        var channel = body.Text("chat_id").TrimStart('@');
        if (text.Length == 0 && field == "text")
        {
            return new Outcome(net.Error(c, 400, "Bad Request: message text is empty", DateTime.UtcNow), 400);
        }

        if (channel == TelegramUpdates.GroupId.ToString(CultureInfo.InvariantCulture))
        {
            return Answer(c, store, net, text, body, updates);
        }

        List<SandboxMedia> media = [];
        if (field == "caption")
        {
            if (await RequestBody.FileAsync(c.Request, "photo") is not { } photo)
            {
                return new Outcome(net.Error(c, 400, "Bad Request: there is no photo in the request", DateTime.UtcNow), 400);
            }

            if (text.Length > 1024)
            {
                return new Outcome(net.Error(c, 400, "Bad Request: message caption is too long", DateTime.UtcNow), 400);
            }

            media.Add(store.AddMedia(net.Name, photo.Length, photo.ContentType));
        }

        var post = store.Add(net.Name, channel, text, id => $"{c.Request.BaseUrl()}/telegram/{channel}/{id}", media: media);

        // The post's automatic forward into the discussion group reaches a bot with a webhook as it happens.
        try
        {
            await webhooks.SendAsync("post", post, c.RequestAborted);
        }
        catch (HttpRequestException)
        {
            // Telegram would try again later; the forward stays in getUpdates for a poll to find.
        }

        return new Outcome(Ok(Message(post)), 200);
    });

    /// <summary>The bot's answer in the discussion group, under the message <c>reply_parameters.message_id</c> names.</summary>
    private static Outcome Answer(HttpContext c, SandboxStore store, TelegramDialect net, string text, JsonObject body, TelegramUpdates updates)
    {
        var parameters = body["reply_parameters"] switch
        {
            JsonObject json => json,
            JsonValue encoded => JsonNode.Parse(encoded.ToString()) as JsonObject,
            _ => null,
        };
        var target = long.TryParse(parameters?["message_id"]?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var messageId)
            ? store.Find(net.Name, s => !s.Deleted && s.Id == (messageId - TelegramUpdates.GroupOffset).ToString(CultureInfo.InvariantCulture))
            : null;
        if (target is null)
        {
            return new Outcome(net.Error(c, 400, "Bad Request: message to be replied not found", DateTime.UtcNow), 400);
        }

        var answer = store.AddCitizenPost(net.Name, id => new SandboxPost(
            net.Name, id, TelegramUpdates.BotName, text, $"{c.Request.BaseUrl()}/telegram/c/{-TelegramUpdates.GroupId}/{id}", DateTime.UtcNow, null)
        {
            Kind = "reply",
            ParentId = target.Id,
            RootId = target.RootId ?? target.Id,
            AuthorName = "Portal",
        });
        return new Outcome(Ok(updates.Message(answer)), 200);
    }

    /// <summary>Like the real API: a photo's words are its caption, and each is edited only by its own method.</summary>
    private static Task<IResult> Edit(HttpContext c, SandboxPipeline p, SandboxStore store, TelegramDialect net, string field) => p.RunAsync(c, net, "update", async () =>
    {
        var body = await RequestBody.ReadAsync(c.Request);
        var post = store.Find(net.Name, s => s.Id == body.Text("message_id") && !s.Deleted);
        if (post is null)
        {
            return new Outcome(net.Error(c, 400, "Bad Request: message to edit not found", DateTime.UtcNow), 400);
        }

        if ((post.Media.Count > 0) != (field == "caption"))
        {
            return new Outcome(net.Error(c, 400, field == "text" ? "Bad Request: there is no text in the message to edit" : "Bad Request: there is no caption in the message to edit", DateTime.UtcNow), 400);
        }

        post.Edits++;
        return new Outcome(Ok(Message(post with { Text = body.Text(field) })), 200);
    });

    private static JsonObject Message(SandboxPost post) => new()
    {
        ["message_id"] = long.Parse(post.Id, CultureInfo.InvariantCulture),
        ["chat"] = new JsonObject { ["id"] = -100123, ["username"] = post.Account, ["type"] = "channel" },
        ["date"] = new DateTimeOffset(post.CreatedUtc).ToUnixTimeSeconds(),
        [post.Media.Count > 0 ? "caption" : "text"] = post.Text,
    };

    private static IResult Ok(JsonNode result) => Results.Json(new JsonObject { ["ok"] = true, ["result"] = result });

    /// <summary>The kinds of update asked for: a JSON array, or one encoded in a form field.</summary>
    private static HashSet<string> AllowedUpdates(JsonObject body) => body["allowed_updates"] switch
    {
        JsonArray kinds => [.. kinds.Select(k => k!.ToString())],
        JsonValue encoded when JsonNode.Parse(encoded.ToString()) is JsonArray kinds => [.. kinds.Select(k => k!.ToString())],
        _ => [],
    };
}
