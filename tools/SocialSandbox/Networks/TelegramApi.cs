using System.Globalization;
using System.Text.Json.Nodes;

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

        group.MapPost("/sendMessage", (HttpContext c, SandboxPipeline p, SandboxStore store) => Send(c, p, store, net, "text"));
        group.MapPost("/sendPhoto", (HttpContext c, SandboxPipeline p, SandboxStore store) => Send(c, p, store, net, "caption"));

        group.MapPost("/getUpdates", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var updates = store.Posts(net.Name).Where(s => !s.Deleted).Select(post => (JsonNode)new JsonObject
            {
                ["update_id"] = long.Parse(post.Id, CultureInfo.InvariantCulture),
                ["message"] = new JsonObject
                {
                    ["message_id"] = long.Parse(post.Id, CultureInfo.InvariantCulture) + 500_000,
                    ["is_automatic_forward"] = true,
                    ["chat"] = new JsonObject { ["id"] = -100999, ["type"] = "supergroup" },
                    ["forward_origin"] = new JsonObject
                    {
                        ["type"] = "channel",
                        ["chat"] = new JsonObject { ["id"] = -100123, ["username"] = post.Account, ["type"] = "channel" },
                        ["message_id"] = long.Parse(post.Id, CultureInfo.InvariantCulture),
                    },
                    [post.Media.Count > 0 ? "caption" : "text"] = post.Text,
                },
            });
            return Task.FromResult(new Outcome(Ok(new JsonArray([.. updates])), 200));
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

    private static Task<IResult> Send(HttpContext c, SandboxPipeline p, SandboxStore store, TelegramDialect net, string field) => p.RunAsync(c, net, "create", async () =>
    {
        var body = await RequestBody.ReadAsync(c.Request);
        var text = body.Text(field);
        var channel = body.Text("chat_id").TrimStart('@');
        if (text.Length == 0 && field == "text")
        {
            return new Outcome(net.Error(c, 400, "Bad Request: message text is empty", DateTime.UtcNow), 400);
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
        return new Outcome(Ok(Message(post)), 200);
    });

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
}
