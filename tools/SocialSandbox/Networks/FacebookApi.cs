using System.Globalization;
using System.Text.Json.Nodes;
using SocialSandbox.Citizens;

namespace SocialSandbox.Networks;

/// <summary>
/// The Graph API subset for a Page: feed and photo posts, the page's posts, edits and deletions, the comments under a
/// post (every level with <c>filter=stream</c>, paged by cursor), its counts, and the page's own comments in answer.
/// </summary>
public static class FacebookApi
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var net = new FacebookDialect();
        var group = app.MapGroup("/facebook/{version}");

        group.MapPost("/{pageId}/feed", (string pageId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var text = body.Text("message");
            if (text.Length == 0)
            {
                return new Outcome(net.Error(c, 400, "(#100) The parameter message is required", DateTime.UtcNow), 400);
            }

            var counter = store.Posts(net.Name).Count + 1;
            var post = store.Add(net.Name, pageId, text, id => $"{c.Request.BaseUrl()}/facebook/{id}", id: $"{pageId}_{counter + 10_000}");
            return new Outcome(Results.Json(new JsonObject { ["id"] = post.Id }), 200);
        }));

        group.MapPost("/{pageId}/photos", (string pageId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            if (await RequestBody.FileAsync(c.Request, "source") is not { } file)
            {
                return new Outcome(net.Error(c, 400, "(#324) Requires upload file", DateTime.UtcNow), 400);
            }

            var photo = store.AddMedia(net.Name, file.Length, file.ContentType, body.Text("alt_text_custom") is { Length: > 0 } alt ? alt : null);
            var counter = store.Posts(net.Name).Count + 1;
            var post = store.Add(net.Name, pageId, body.Text("message"), id => $"{c.Request.BaseUrl()}/facebook/{id}", id: $"{pageId}_{counter + 10_000}", media: [photo]);
            return new Outcome(Results.Json(new JsonObject { ["id"] = photo.Id, ["post_id"] = post.Id }), 200);
        }));

        group.MapGet("/{pageId}/posts", (string pageId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var query = c.Request.Query;
            var since = long.TryParse(query["since"], out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime : DateTime.MinValue;
            var (page, next) = TimelinePaging.Read(store.Posts(net.Name).Where(s => s.Account == pageId), since, query["after"], TimelinePaging.Size(query["limit"], 100));
            var answer = new JsonObject
            {
                ["data"] = new JsonArray([.. page.Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["message"] = s.Text, ["permalink_url"] = s.Url, ["created_time"] = s.CreatedUtc.ToString("O") })]),
            };
            if (next is not null)
            {
                answer["paging"] = new JsonObject
                {
                    ["cursors"] = new JsonObject { ["after"] = next },
                    ["next"] = $"{c.Request.BaseUrl()}{c.Request.Path}?limit=100&after={next}",
                };
            }

            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));

        group.MapGet("/{objectId}/comments", (string objectId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            if (store.Find(net.Name, s => s.Id == objectId && !s.Deleted) is not { } target)
            {
                return Task.FromResult(Missing(c, net, objectId));
            }

            // The default filter lists the object's own comments; "stream" every level of the conversation, oldest first.
            var query = c.Request.Query;
            var listed = target.Kind == "post" && query["filter"] == "stream"
                ? store.Thread(net.Name, target.Id)
                : [.. store.Thread(net.Name, target.RootId ?? target.Id).Where(s => s.ParentId == target.Id)];
            var offset = int.TryParse(query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
            var size = TimelinePaging.Size(query["limit"], 100);
            var page = listed.Skip(offset).Take(size).ToList();
            var answer = new JsonObject { ["data"] = new JsonArray([.. page.Select(s => (JsonNode)Comment(s, store))]) };
            if (offset + page.Count < listed.Count)
            {
                var after = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
                answer["paging"] = new JsonObject
                {
                    ["cursors"] = new JsonObject { ["before"] = offset.ToString(CultureInfo.InvariantCulture), ["after"] = after },
                    ["next"] = $"{c.Request.BaseUrl()}{c.Request.Path}?filter={query["filter"]}&limit={size}&after={after}",
                };
            }

            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));

        group.MapGet("/{postId}", (string postId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            if (store.Find(net.Name, s => s.Id == postId && !s.Deleted) is not { } post)
            {
                return Task.FromResult(Missing(c, net, postId));
            }

            var answer = new JsonObject
            {
                ["id"] = post.Id,
                ["reactions"] = new JsonObject { ["data"] = new JsonArray(), ["summary"] = new JsonObject { ["total_count"] = post.Likes } },
                ["comments"] = new JsonObject { ["data"] = new JsonArray(), ["summary"] = new JsonObject { ["total_count"] = store.Thread(net.Name, post.Id).Count } },
            };

            // Graph leaves the field out of a post nobody shared.
            if (post.Reposts > 0)
            {
                answer["shares"] = new JsonObject { ["count"] = post.Reposts };
            }

            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));

        group.MapPost("/{objectId}/comments", (string objectId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var text = body.Text("message");
            if (text.Length == 0)
            {
                return new Outcome(net.Error(c, 400, "(#100) The parameter message is required", DateTime.UtcNow), 400);
            }

            if (store.Find(net.Name, s => s.Id == objectId && !s.Deleted) is not { } target)
            {
                return Missing(c, net, objectId);
            }

            var rootId = target.RootId ?? target.Id;
            var page = store.Find(net.Name, s => s.Id == rootId)?.Account ?? target.Account;
            var comment = store.AddCitizenPost(net.Name, id => new SandboxPost(net.Name, id, page, text, $"{c.Request.BaseUrl()}/facebook/{id}", DateTime.UtcNow, null)
            {
                Kind = "reply",
                ParentId = target.Id,
                RootId = rootId,
                AuthorName = "Portal (sandbox)",
            });
            return new Outcome(Results.Json(new JsonObject { ["id"] = comment.Id }), 200);
        }));

        group.MapPost("/{postId}", (string postId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "update", () =>
        {
            var post = store.Find(net.Name, s => s.Id == postId && !s.Deleted);
            if (post is not null)
            {
                post.Edits++;
            }

            return Task.FromResult(post is null
                ? new Outcome(net.Error(c, 400, "(#100) Object does not exist", DateTime.UtcNow), 400)
                : new Outcome(Results.Json(new JsonObject { ["success"] = true }), 200));
        }));

        group.MapDelete("/{postId}", (string postId, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "delete", () =>
        {
            store.Find(net.Name, s => s.Id == postId && !s.Deleted)?.Deleted = true;
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["success"] = true }), 200));
        }));
    }

    /// <summary>A comment as the Graph API gives it; <c>parent</c> only for an answer to another comment.</summary>
    public static JsonObject Comment(SandboxPost comment, SandboxStore store)
    {
        var json = new JsonObject
        {
            ["id"] = comment.Id,
            ["message"] = comment.Text,
            ["from"] = From(comment, store),
            ["created_time"] = Time(comment.CreatedUtc),
            ["comment_count"] = store.Thread(comment.Network, comment.RootId ?? comment.Id).Count(s => s.ParentId == comment.Id),
            ["like_count"] = comment.Likes,
        };
        if (comment.ParentId != comment.RootId)
        {
            json["parent"] = new JsonObject { ["id"] = comment.ParentId };
        }

        return json;
    }

    /// <summary>The page itself for its own comments, a person (with a number of their own) for a citizen's.</summary>
    public static JsonObject From(SandboxPost comment, SandboxStore store)
    {
        var page = store.Find(comment.Network, s => s.Id == comment.RootId)?.Account;
        return comment.Account == page
            ? new JsonObject { ["id"] = page, ["name"] = comment.AuthorName ?? page }
            : new JsonObject { ["id"] = CitizenIds.Numeric(comment.Account).ToString(CultureInfo.InvariantCulture), ["name"] = comment.AuthorName ?? comment.Account };
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    private static Outcome Missing(HttpContext c, FacebookDialect net, string id) =>
        new(net.Error(c, 400, $"(#100) Unsupported request. Object with ID '{id}' does not exist", DateTime.UtcNow), 400);
}
