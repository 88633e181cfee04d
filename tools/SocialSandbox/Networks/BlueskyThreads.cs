using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// What the AppView tells the portal's account about its conversations: a post's thread down to the depth asked
/// (deeper answers are left out, and read with the thread of the deepest post shown), posts by uri, and the
/// account's notifications (<c>reply</c>, <c>mention</c>, <c>quote</c>), newest first with a cursor.
/// </summary>
public static class BlueskyThreads
{
    private const int DefaultDepth = 6;
    private const int MaxDepth = 1_000;
    private const int DefaultNotifications = 50;
    private const int MaxNotifications = 100;

    public static void Map(RouteGroupBuilder group, BlueskyDialect net)
    {
        group.MapGet("/app.bsky.feed.getPostThread", (string uri, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new BlueskyView(store);
            if (view.Find(uri) is not { } post)
            {
                return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["error"] = "NotFound", ["message"] = $"Post not found: {uri}" }, statusCode: 400), 400));
            }

            var depth = int.TryParse(c.Request.Query["depth"], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? Math.Min(d, MaxDepth) : DefaultDepth;
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["thread"] = Thread(view, post, depth) }), 200));
        }));

        group.MapGet("/app.bsky.feed.getPosts", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new BlueskyView(store);
            var posts = c.Request.Query["uris"].OfType<string>().Select(view.Find).OfType<SandboxPost>();
            return Task.FromResult(new Outcome(Results.Json(new JsonObject { ["posts"] = new JsonArray([.. posts.Select(s => (JsonNode)view.Post(s))]) }), 200));
        }));

        group.MapGet("/app.bsky.notification.listNotifications", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var view = new BlueskyView(store);
            var query = c.Request.Query;
            var reasons = query["reasons"].OfType<string>().ToHashSet();
            var limit = query.ContainsKey("limit") ? TimelinePaging.Size(query["limit"], MaxNotifications) : DefaultNotifications;
            var before = long.TryParse(query["cursor"], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : long.MaxValue;
            var listed = store.Posts(net.Name)
                .Where(s => !s.Deleted && s.Account != BlueskyView.Handle && s.CreatedUtc.Ticks < before)
                .Select(s => (Post: s, Reason: Reason(view, s)))
                .Where(n => n.Reason is not null && (reasons.Count == 0 || reasons.Contains(n.Reason)))
                .OrderByDescending(n => n.Post.CreatedUtc)
                .ToList();
            var page = listed.Take(limit).ToList();
            var answer = new JsonObject
            {
                ["notifications"] = new JsonArray([.. page.Select(n => (JsonNode)new JsonObject
                {
                    ["uri"] = BlueskyView.Uri(n.Post),
                    ["cid"] = BlueskyView.Cid(n.Post),
                    ["author"] = BlueskyView.Author(n.Post),
                    ["reason"] = n.Reason,
                    ["reasonSubject"] = n.Post.ParentId is { } parent && view.ById(parent) is { } subject ? BlueskyView.Uri(subject) : null,
                    ["record"] = view.Record(n.Post),
                    ["isRead"] = false,
                    ["indexedAt"] = BlueskyView.IndexedAt(n.Post),
                })]),
            };
            if (listed.Count > page.Count)
            {
                answer["cursor"] = page[^1].Post.CreatedUtc.Ticks.ToString(CultureInfo.InvariantCulture);
            }

            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));
    }

    /// <summary>The thread view of <paramref name="post"/>: its answers down to <paramref name="depth"/> levels, none listed below that.</summary>
    private static JsonObject Thread(BlueskyView view, SandboxPost post, int depth)
    {
        var thread = new JsonObject { ["$type"] = "app.bsky.feed.defs#threadViewPost", ["post"] = view.Post(post) };
        if (depth > 0)
        {
            thread["replies"] = new JsonArray([.. view.Replies(post.Id).Select(r => (JsonNode)Thread(view, r, depth - 1))]);
        }

        return thread;
    }

    /// <summary>A citizen's post notifies the account when it mentions it, or answers or quotes one of its conversations.</summary>
    private static string? Reason(BlueskyView view, SandboxPost post) => post.Kind switch
    {
        "mention" => "mention",
        "quote" when IsOurs(view, post.ParentId) => "quote",
        "reply" when IsOurs(view, post.ParentId) || IsOurs(view, post.RootId) => "reply",
        _ => null,
    };

    private static bool IsOurs(BlueskyView view, string? id) => id is not null && view.ById(id)?.Account == BlueskyView.Handle;
}
