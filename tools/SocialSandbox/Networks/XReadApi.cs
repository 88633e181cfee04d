using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialSandbox.Networks;

/// <summary>
/// What X lets the portal read of the conversation under its posts: recent search on <c>conversation_id</c> (only the
/// last seven days are searchable), the account's mentions, and posts by id with their <c>public_metrics</c>. An edit
/// makes a new post id on X; here the edited version is shown under <see cref="EditedId"/> with
/// <c>edit_history_tweet_ids</c> naming the original first, and answering either id reaches the same post.
/// </summary>
public static partial class XReadApi
{
    /// <summary>X searches the last seven days only; older posts are simply not found.</summary>
    public static readonly TimeSpan SearchWindow = TimeSpan.FromDays(7);

    private const long EditOffset = 1_000_000_000_000;

    [GeneratedRegex(@"^conversation_id:(\d+)$")]
    private static partial Regex Conversation();

    public static void Map(RouteGroupBuilder group, XDialect net, string portalUserId)
    {
        group.MapGet("/tweets/search/recent", (HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var query = c.Request.Query;
            if (Conversation().Match(query["query"].ToString()) is not { Success: true } match)
            {
                return Task.FromResult(new Outcome(net.Error(c, 400, "Only conversation_id queries are served here.", DateTime.UtcNow), 400));
            }

            var conversation = match.Groups[1].Value;
            var posts = store.Posts(net.Name).Where(s => (s.RootId ?? s.Id) == conversation && After(s, query["since_id"]));
            return Page(store, posts, DateTime.UtcNow - SearchWindow, query["next_token"], TimelinePaging.Size(query["max_results"], 100), portalUserId);
        }));

        group.MapGet("/users/{id}/mentions", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var query = c.Request.Query;
            var posts = store.Posts(net.Name).Where(s => s.Kind is "reply" or "quote" or "mention" && s.Account != "portal" && After(s, query["since_id"]));
            return Page(store, posts, DateTime.MinValue, query["pagination_token"], TimelinePaging.Size(query["max_results"], 100), portalUserId);
        }));

        group.MapGet("/tweets/{id}", (string id, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            var answer = Lookup(store, [id], portalUserId);
            answer["data"] = answer["data"]!.AsArray().FirstOrDefault()?.DeepClone();
            return Task.FromResult(new Outcome(Results.Json(answer), 200));
        }));

        group.MapGet("/tweets", (string ids, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
            Task.FromResult(new Outcome(Results.Json(Lookup(store, ids.Split(','), portalUserId)), 200))));
    }

    /// <summary>The post an id names, whether the original id or that of its edited version.</summary>
    public static SandboxPost? Find(SandboxStore store, string? id)
    {
        if (store.Find("x", s => s.Id == id && !s.Deleted) is { } post)
        {
            return post;
        }

        return long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > EditOffset
            ? store.Find("x", s => s.Id == (number - EditOffset).ToString(CultureInfo.InvariantCulture) && s.EditedUtc is not null && !s.Deleted)
            : null;
    }

    public static string EditedId(SandboxPost post) => (long.Parse(post.Id, CultureInfo.InvariantCulture) + EditOffset).ToString(CultureInfo.InvariantCulture);

    private static string CurrentId(SandboxPost post) => post.EditedUtc is null ? post.Id : EditedId(post);

    private static bool After(SandboxPost post, string? sinceId) =>
        !long.TryParse(sinceId, NumberStyles.None, CultureInfo.InvariantCulture, out var since)
        || long.Parse(CurrentId(post), CultureInfo.InvariantCulture) > since;

    private static Task<Outcome> Page(SandboxStore store, IEnumerable<SandboxPost> posts, DateTime sinceUtc, string? cursor, int size, string portalUserId)
    {
        var (page, next) = TimelinePaging.Read(posts, sinceUtc, cursor, size);
        var meta = new JsonObject { ["result_count"] = page.Count };
        var answer = new JsonObject { ["meta"] = meta };
        if (page.Count > 0)
        {
            answer["data"] = new JsonArray([.. page.Select(s => (JsonNode)Tweet(store, s, portalUserId))]);
            answer["includes"] = new JsonObject { ["users"] = Users(page, portalUserId) };
            meta["newest_id"] = page.Select(CurrentId).MaxBy(id => long.Parse(id, CultureInfo.InvariantCulture));
            meta["oldest_id"] = page.Select(CurrentId).MinBy(id => long.Parse(id, CultureInfo.InvariantCulture));
        }

        if (next is not null)
        {
            meta["next_token"] = next;
        }

        return Task.FromResult(new Outcome(Results.Json(answer), 200));
    }

    /// <summary>Posts by id: those found in <c>data</c>, the others as X words a missing post, in <c>errors</c>.</summary>
    private static JsonObject Lookup(SandboxStore store, IEnumerable<string> ids, string portalUserId)
    {
        var found = ids.Select(id => (Id: id, Post: Find(store, id))).ToList();
        var posts = found.Where(f => f.Post is not null).Select(f => f.Post!).ToList();
        var answer = new JsonObject
        {
            ["data"] = new JsonArray([.. posts.Select(s => (JsonNode)Tweet(store, s, portalUserId))]),
            ["includes"] = new JsonObject { ["users"] = Users(posts, portalUserId) },
        };
        var missing = found.Where(f => f.Post is null).Select(f => (JsonNode)new JsonObject
        {
            ["value"] = f.Id,
            ["detail"] = $"Could not find tweet with id: [{f.Id}].",
            ["title"] = "Not Found Error",
            ["resource_type"] = "tweet",
            ["type"] = "https://api.twitter.com/2/problems/resource-not-found",
        }).ToArray();
        if (missing.Length > 0)
        {
            answer["errors"] = new JsonArray(missing);
        }

        return answer;
    }

    private static JsonObject Tweet(SandboxStore store, SandboxPost post, string portalUserId)
    {
        var replies = store.Posts("x").Where(s => s.ParentId == post.Id && !s.Deleted).ToList();
        var tweet = new JsonObject
        {
            ["id"] = CurrentId(post),
            ["text"] = post.Text,
            ["author_id"] = UserId(post.Account, portalUserId),
            ["conversation_id"] = post.RootId ?? post.Id,
            ["created_at"] = (post.EditedUtc ?? post.CreatedUtc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["edit_history_tweet_ids"] = post.EditedUtc is null ? new JsonArray(post.Id) : new JsonArray(post.Id, EditedId(post)),
            ["public_metrics"] = new JsonObject
            {
                ["retweet_count"] = post.Reposts,
                ["reply_count"] = replies.Count(s => s.Kind == "reply"),
                ["like_count"] = post.Likes,
                ["quote_count"] = replies.Count(s => s.Kind == "quote"),
            },
        };
        if (post.ParentId is { } parentId && store.Find("x", s => s.Id == parentId) is { } parent)
        {
            tweet["referenced_tweets"] = new JsonArray(new JsonObject { ["type"] = post.Kind == "quote" ? "quoted" : "replied_to", ["id"] = parentId });
            if (post.Kind == "reply")
            {
                tweet["in_reply_to_user_id"] = UserId(parent.Account, portalUserId);
            }
        }

        return tweet;
    }

    private static JsonArray Users(IEnumerable<SandboxPost> posts, string portalUserId) =>
        [.. posts.DistinctBy(s => s.Account).Select(s => (JsonNode)new JsonObject
        {
            ["id"] = UserId(s.Account, portalUserId),
            ["username"] = s.Account,
            ["name"] = s.Account == "portal" ? "Portal" : s.AuthorName ?? s.Account,
            ["description"] = s.Bio ?? "",
        })];

    /// <summary>The portal's account has the id <c>/2/users/me</c> gives; a citizen's id is their name.</summary>
    private static string UserId(string account, string portalUserId) => account == "portal" ? portalUserId : account;
}
