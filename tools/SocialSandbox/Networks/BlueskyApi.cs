using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// The AT Protocol subset: sessions (created from a password, renewed by spending the refresh JWT), image blobs,
/// and <c>app.bsky.feed.post</c> records under a client-chosen <c>rkey</c>, answers among them (<c>reply.root</c> and
/// <c>reply.parent</c>, each a uri and a CID); and the conversations (see <see cref="BlueskyThreads"/>).
/// </summary>
public static class BlueskyApi
{
    private const string Did = BlueskyView.Did;
    private const long MaxBlobBytes = 1_000_000;
    private const string BlobNotFound = "Invalid app.bsky.feed.post record: embed blob not found";

    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new BlueskyDialect();
        var group = app.MapGroup("/bluesky/xrpc");
        BlueskyThreads.Map(group, net);

        group.MapPost("/com.atproto.server.createSession", (HttpContext c, SandboxPipeline p, TokenBook tokens) => p.RunAsync(c, net, "session", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (body.Text("password").Length == 0)
            {
                return new Outcome(net.Error(c, 401, "Invalid identifier or password", DateTime.UtcNow), 401);
            }

            return new Outcome(Results.Json(Session(body.Text("identifier"), tokens.Grant(net.Name))), 200);
        }, requiresToken: false));

        // The bearer is the refresh JWT, spent by the call: the pair it returns replaces it.
        group.MapPost("/com.atproto.server.refreshSession", (HttpContext c, SandboxPipeline p, TokenBook tokens) => p.RunAsync(c, net, "refresh", () =>
        {
            var refreshJwt = SandboxPipeline.Bearer(c);
            if (tokens.Rotate(net.Name, refreshJwt) is { } pair)
            {
                return Task.FromResult(new Outcome(Results.Json(Session("portal.sandbox", pair)), 200));
            }

            var (error, message) = tokens.WasSpent(net.Name, refreshJwt) ? ("ExpiredToken", "Token has been revoked") : ("InvalidToken", "Token could not be verified");
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["error"] = error, ["message"] = message }, statusCode: 400), 400));
        }, requiresToken: false));

        group.MapPost("/com.atproto.repo.createRecord", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var rkey = body.Text("rkey");
            var text = body["record"]?["text"]?.ToString() ?? "";
            if (Embedded(store, net, body) is not { } media)
            {
                return new Outcome(net.Error(c, 400, BlobNotFound, DateTime.UtcNow), 400);
            }

            var reply = body["record"]?["reply"] as JsonObject;
            var (root, parent) = (StrongRefUri(reply?["root"]), StrongRefUri(reply?["parent"]));
            if (reply is not null && (root is null || parent is null))
            {
                return new Outcome(net.Error(c, 400, "Invalid app.bsky.feed.post record: Record/reply/root and Record/reply/parent must have the properties \"uri\" and \"cid\"", DateTime.UtcNow), 400);
            }

            var (post, created) = store.FindOrAdd(net.Name, s => rkey.Length > 0 && s.Id == rkey && !s.Deleted,
                BlueskyView.Handle, text, id => $"{c.Request.BaseUrl()}/bluesky/profile/{BlueskyView.Handle}/post/{id}", id: rkey.Length > 0 ? rkey : null, media: media);
            if (created && root is not null && parent is not null)
            {
                post = store.Replace(post, post with { Kind = "reply", ParentId = BlueskyView.RecordKey(parent), RootId = BlueskyView.RecordKey(root) });
            }

            return created
                ? new Outcome(Results.Json(new JsonObject { ["uri"] = Uri(post.Id), ["cid"] = Cid(post.Id) }), 200)
                : new Outcome(net.Error(c, 400, "Record already exists", DateTime.UtcNow), 400);
        }));

        group.MapPost("/com.atproto.repo.uploadBlob", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "media", async () =>
        {
            var file = await RequestBody.FileAsync(c.Request);
            if (file is null)
            {
                return new Outcome(net.Error(c, 400, "Request body is empty", DateTime.UtcNow), 400);
            }

            if (file.Value.Length > MaxBlobBytes)
            {
                var message = $"This file is too large. It is {file.Value.Length} bytes but the maximum size is {MaxBlobBytes} bytes.";
                return new Outcome(Results.Json(new JsonObject { ["error"] = "BlobTooLarge", ["message"] = message }, statusCode: 400), 400);
            }

            var blob = store.AddMedia(net.Name, file.Value.Length, file.Value.ContentType);
            return new Outcome(Results.Json(new JsonObject
            {
                ["blob"] = new JsonObject
                {
                    ["$type"] = "blob",
                    ["ref"] = new JsonObject { ["$link"] = blob.Id },
                    ["mimeType"] = blob.ContentType,
                    ["size"] = blob.Length,
                },
            }), 200);
        }));

        group.MapGet("/com.atproto.repo.getRecord", (string rkey, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var post = store.Find(net.Name, s => s.Id == rkey && !s.Deleted);
            return Task.FromResult(post is null
                ? new Outcome(net.Error(c, 400, $"Could not locate record: {Uri(rkey)}", DateTime.UtcNow), 400)
                : new Outcome(Results.Json(new JsonObject { ["uri"] = Uri(rkey), ["cid"] = Cid(rkey), ["value"] = new JsonObject { ["text"] = post.Text } }), 200));
        }, requiresToken: false));

        group.MapPost("/com.atproto.repo.putRecord", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "update", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var rkey = body.Text("rkey");
            var post = store.Find(net.Name, s => s.Id == rkey && !s.Deleted);
            if (post is null)
            {
                return new Outcome(net.Error(c, 400, "Record not found", DateTime.UtcNow), 400);
            }

            // The record is replaced whole: an edit without the embed removes the image.
            if (Embedded(store, net, body) is not { } media)
            {
                return new Outcome(net.Error(c, 400, BlobNotFound, DateTime.UtcNow), 400);
            }

            post.Edits++;
            post.Media = media;
            return new Outcome(Results.Json(new JsonObject { ["uri"] = Uri(rkey), ["cid"] = Cid(rkey) }), 200);
        }));

        group.MapPost("/com.atproto.repo.deleteRecord", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var rkey = body.Text("rkey");
            store.Find(net.Name, s => s.Id == rkey && !s.Deleted)?.Deleted = true;
            return new Outcome(Results.Json(new JsonObject()), 200);
        }));
    }

    /// <summary>A strong reference's uri; null when it lacks the uri or the CID, which the record's schema requires.</summary>
    private static string? StrongRefUri(JsonNode? strongRef) =>
        strongRef?["uri"]?.ToString() is { Length: > 0 } uri && strongRef["cid"]?.ToString() is { Length: > 0 } ? uri : null;

    /// <summary>The record's embedded images, each the uploaded blob with the record's alt text; null when a blob is unknown.</summary>
    private static List<SandboxMedia>? Embedded(SandboxStore store, BlueskyDialect net, JsonObject body)
    {
        var images = body["record"]?["embed"]?["images"] as JsonArray ?? [];
        var media = images.Select(i => store.FindMedia(net.Name, i?["image"]?["ref"]?["$link"]?.ToString()) is { } blob ? blob with { Alt = i?["alt"]?.ToString() } : null).ToList();
        return media.Any(m => m is null) ? null : [.. media.OfType<SandboxMedia>()];
    }

    private static JsonObject Session(string handle, TokenPair pair) => new()
    {
        ["did"] = Did,
        ["handle"] = handle,
        ["accessJwt"] = pair.AccessToken,
        ["refreshJwt"] = pair.RefreshToken,
        ["active"] = true,
    };

    private static string Uri(string rkey) => BlueskyView.Uri(rkey);

    private static string Cid(string rkey) => BlueskyView.Cid(rkey);
}
