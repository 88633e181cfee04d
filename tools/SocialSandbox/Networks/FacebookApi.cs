using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>The Graph API subset for a Page: feed and photo posts, the page's posts, edits and deletions.</summary>
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
}
