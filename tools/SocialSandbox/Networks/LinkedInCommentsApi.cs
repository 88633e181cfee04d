using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SocialSandbox.Networks;

/// <summary>
/// LinkedIn's comments on a post (<c>socialActions/{urn}/comments</c>): the first-level ones under the post's URN,
/// the nested ones under the comment's URN <c>urn:li:comment:({post},{id})</c>, paged with <c>start</c>/<c>count</c>
/// and <c>paging.total</c>; a comment is created as an organization (or a person), nested with <c>parentComment</c>;
/// <c>socialMetadata/{urn}</c> gives the reactions and the number of comments.
/// </summary>
public static partial class LinkedInCommentsApi
{
    [GeneratedRegex(@"^urn:li:comment:\((?<post>urn:li:[a-zA-Z]+:\d+),(?<id>\d+)\)$")]
    private static partial Regex CommentUrn();

    public static void Map(RouteGroupBuilder group, LinkedInDialect net)
    {
        group.MapGet("/socialActions/{urn}/comments", (string urn, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            if (Target(store, Uri.UnescapeDataString(urn)) is not { } target)
            {
                return Task.FromResult(new Outcome(net.Error(c, 404, "Not Found", DateTime.UtcNow), 404));
            }

            var comments = Children(store, target).ToList();
            var query = c.Request.Query;
            var start = int.TryParse(query["start"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var count = TimelinePaging.Size(query["count"], 100);
            var page = comments.Skip(start).Take(count).Select(comment => (JsonNode)Comment(store, comment));
            return Task.FromResult(new Outcome(Results.Json(new JsonObject
            {
                ["paging"] = new JsonObject { ["start"] = start, ["count"] = count, ["total"] = comments.Count, ["links"] = new JsonArray() },
                ["elements"] = new JsonArray([.. page]),
            }), 200));
        }));

        group.MapPost("/socialActions/{urn}/comments", (string urn, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "create", async () =>
        {
            var body = await RequestBody.ReadAsync(c.Request);
            var actor = body.Text("actor");
            var text = body["message"]?["text"]?.ToString() ?? "";
            var parentUrn = body.Text("parentComment");
            var parent = Target(store, parentUrn.Length > 0 ? parentUrn : Uri.UnescapeDataString(urn));
            if (!actor.StartsWith("urn:li:", StringComparison.Ordinal) || text.Length == 0)
            {
                return new Outcome(net.Error(c, 422, "ERROR :: /message/text :: is required", DateTime.UtcNow), 422);
            }

            if (parent is null)
            {
                return new Outcome(net.Error(c, 404, "Not Found", DateTime.UtcNow), 404);
            }

            var root = parent.RootId ?? parent.Id;
            var comment = store.Add(net.Name, actor, text, id => $"{c.Request.BaseUrl()}/linkedin/feed/update/{root}?commentUrn={Uri.EscapeDataString(Urn(root, id))}");
            comment = store.Replace(comment, comment with { Kind = "reply", ParentId = parent.Id, RootId = root });
            var created = Comment(store, comment);
            c.Response.Headers["x-restli-id"] = comment.Id;
            return new Outcome(Results.Json(created, statusCode: 201), 201);
        }));

        group.MapGet("/socialMetadata/{urn}", (string urn, HttpContext c, SandboxPipeline p, SandboxStore store) => p.RunAsync(c, net, "read", () =>
        {
            if (Target(store, Uri.UnescapeDataString(urn)) is not { } post)
            {
                return Task.FromResult(new Outcome(net.Error(c, 404, "Not Found", DateTime.UtcNow), 404));
            }

            var all = store.Thread(net.Name, post.RootId ?? post.Id).Where(s => s.Kind == "reply").ToList();
            return Task.FromResult(new Outcome(Results.Json(new JsonObject
            {
                ["entity"] = Uri.UnescapeDataString(urn),
                ["reactionSummaries"] = new JsonObject { ["LIKE"] = new JsonObject { ["reactionType"] = "LIKE", ["count"] = post.Likes } },
                ["commentsState"] = "OPEN",
                ["commentSummary"] = new JsonObject { ["count"] = all.Count, ["topLevelCount"] = all.Count(s => s.ParentId == post.Id) },
            }), 200));
        }));
    }

    /// <summary>The post (by its URN) or the comment (by its comment URN) a path or a <c>parentComment</c> names, if it is still there.</summary>
    private static SandboxPost? Target(SandboxStore store, string urn)
    {
        var id = CommentUrn().Match(urn) is { Success: true } comment ? comment.Groups["id"].Value : urn;
        return store.Find("linkedin", s => s.Id == id && !s.Deleted);
    }

    private static IEnumerable<SandboxPost> Children(SandboxStore store, SandboxPost parent) =>
        store.Thread("linkedin", parent.RootId ?? parent.Id).Where(s => s.ParentId == parent.Id && s.Kind == "reply");

    private static string Urn(string root, string id) => $"urn:li:comment:({root},{id})";

    private static JsonObject Comment(SandboxStore store, SandboxPost comment)
    {
        var root = comment.RootId!;
        var actor = comment.Account.StartsWith("urn:li:", StringComparison.Ordinal) ? comment.Account : "urn:li:person:" + comment.Account;
        var nested = Children(store, comment).Count();
        var json = new JsonObject
        {
            ["$URN"] = Urn(root, comment.Id),
            ["id"] = comment.Id,
            ["actor"] = actor,
            ["object"] = root,
            ["message"] = new JsonObject { ["text"] = comment.Text },
            ["created"] = new JsonObject { ["actor"] = actor, ["time"] = Millis(comment.CreatedUtc) },
            ["lastModified"] = new JsonObject { ["actor"] = actor, ["time"] = Modified(comment) },
            ["likesSummary"] = new JsonObject { ["totalLikes"] = comment.Likes },
            ["commentsSummary"] = new JsonObject { ["totalFirstLevelComments"] = nested, ["aggregatedTotalComments"] = nested },
        };
        if (comment.ParentId != root)
        {
            json["parentComment"] = Urn(root, comment.ParentId!);
        }

        return json;
    }

    /// <summary>An edit made within the millisecond of the comment (a test's) still shows as later, as on LinkedIn.</summary>
    private static long Modified(SandboxPost comment) =>
        comment.EditedUtc is { } edited ? Math.Max(Millis(edited), Millis(comment.CreatedUtc) + 1) : Millis(comment.CreatedUtc);

    private static long Millis(DateTime utc) => new DateTimeOffset(utc).ToUnixTimeMilliseconds();
}
