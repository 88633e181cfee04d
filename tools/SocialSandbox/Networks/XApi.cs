using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialSandbox.Networks;

/// <summary>
/// The X API v2 subset: image upload and alt text, create and delete posts (a reply with <c>reply.in_reply_to_tweet_id</c>),
/// the user's timeline with expanded URLs, the reads of <see cref="XReadApi"/>,
/// the OAuth 2.0 authorization page and token endpoint (PKCE required), whose refresh rotates the pair (the old refresh token is refused afterwards).
/// </summary>
public static partial class XApi
{
    private const string UserId = "4242";

    private static readonly Wording Refusals = new("Value passed for the token was invalid.", "Only the authorization_code and refresh_token grants are served here.");

    private static string BasicClientId(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            return "";
        }

        var pair = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..]));
        return pair.Split(':', 2)[0];
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new XDialect();
        var group = app.MapGroup("/x/2");

        group.MapGet("/users/me", (HttpContext c, SandboxPipeline p) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = UserId, ["username"] = "portal" } }), 200))));

        group.MapPost("/tweets", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var text = body.Text("text");
            if (text.Length == 0)
            {
                return new Outcome(net.Error(c, 400, "Your Tweet text is empty", DateTime.UtcNow), 400);
            }

            var media = (body["media"]?["media_ids"] as JsonArray ?? []).Select(id => store.FindMedia(net.Name, id?.ToString())).ToList();
            if (media.Any(m => m is null))
            {
                return new Outcome(net.Error(c, 400, "Your media IDs are invalid.", DateTime.UtcNow), 400);
            }

            var replyTo = body["reply"]?["in_reply_to_tweet_id"]?.ToString();
            var parent = XReadApi.Find(store, replyTo);
            if (replyTo is not null && parent is null)
            {
                return new Outcome(net.Error(c, 400, "The Tweet you are replying to has been deleted or is not visible to you.", DateTime.UtcNow), 400);
            }

            var post = store.Add(net.Name, "portal", text, id => $"{c.Request.BaseUrl()}/x/portal/status/{id}", media: [.. media.OfType<SandboxMedia>()]);
            if (parent is not null)
            {
                post = store.Replace(post, post with { Kind = "reply", ParentId = parent.Id, RootId = parent.RootId ?? parent.Id });
            }

            return new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = post.Id, ["text"] = post.Text } }, statusCode: 201), 201);
        }));

        group.MapPost("/media/upload", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var file = await RequestBody.FileAsync(c.Request, "media");
            if (file is null)
            {
                return new Outcome(net.Error(c, 400, "media is required", DateTime.UtcNow), 400);
            }

            var media = store.AddMedia(net.Name, file.Value.Length, file.Value.ContentType);
            return new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = media.Id, ["media_key"] = "3_" + media.Id, ["size"] = media.Length } }), 200);
        }));

        group.MapPost("/media/metadata", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (store.FindMedia(net.Name, body.Text("id")) is not { } media)
            {
                return new Outcome(net.Error(c, 400, "The media id is invalid.", DateTime.UtcNow), 400);
            }

            media.Alt = body["metadata"]?["alt_text"]?["text"]?.ToString();
            return new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["id"] = media.Id, ["associated_metadata"] = true } }), 200);
        }));

        group.MapGet("/users/{id}/tweets", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var query = c.Request.Query;
            var since = DateTime.TryParse(query["start_time"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal, out var start)
                ? start
                : DateTime.MinValue;
            var (page, next) = TimelinePaging.Read(store.Posts(net.Name).Where(s => s.Account == "portal"), since, query["pagination_token"], TimelinePaging.Size(query["max_results"], 100));
            var tweets = page.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["text"] = s.Text,
                ["entities"] = new JsonObject
                {
                    ["urls"] = new JsonArray([.. Link().Matches(s.Text).Select(m => (JsonNode)new JsonObject { ["url"] = "https://t.co/x", ["expanded_url"] = m.Value })]),
                },
            });
            var answer = new JsonObject { ["data"] = new JsonArray([.. tweets]), ["meta"] = new JsonObject { ["result_count"] = page.Count } };
            if (next is not null)
            {
                answer["meta"]!["next_token"] = next;
            }

            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));

        XReadApi.Map(group, net, UserId);

        OAuthAuthorize.Map(app, "/x/i/oauth2/authorize", net, pkce: true);

        group.MapPost("/oauth2/token", (HttpContext c, SandboxPipeline p, TokenBook tokens, AuthorizationBook book) => p.RunAsync(c, net, "token", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);

            // Public clients name themselves in the body; confidential ones authenticate with HTTP Basic.
            var clientId = body.Text("client_id").Length > 0 ? body.Text("client_id") : BasicClientId(c.Request);
            if (clientId.Length == 0)
            {
                return OAuthAnswers.Error("invalid_request", "Missing required parameter [client_id].");
            }

            return OAuthAnswers.Grant(body, net.Name, clientId, body.Text("code_verifier"), "tweet.read tweet.write users.read media.write offline.access", Refusals, tokens, book);
        }, requiresToken: false));

        group.MapDelete("/tweets/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", () =>
        {
            store.Find(net.Name, s => s.Id == id && !s.Deleted)?.Deleted = true;
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["data"] = new JsonObject { ["deleted"] = true } }), 200));
        }));
    }
}
