using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Facebook comments as reactions, whether the Graph API's comments edge listed them or the Page's <c>feed</c> webhook
/// pushed them. A reaction's <c>RemoteId</c> is the comment id (what <c>POST /{id}/comments</c> answers); its parent
/// is the comment it answers or the post; its root is always our post's id. A comment is ours when the Page wrote it.
/// </summary>
internal static class FacebookComments
{
    /// <summary>A comment from <c>GET /{post-id}/comments</c> (<c>filter=stream</c>: <c>parent</c> only on an answer to another comment).</summary>
    public static RemoteReaction FromGraph(JsonNode comment, string postId, string pageId) => Reaction(
        comment["id"]!.ToString(),
        comment["from"],
        comment["message"]?.ToString() ?? "",
        DateTimeOffset.Parse(comment["created_time"]!.ToString(), CultureInfo.InvariantCulture).UtcDateTime,
        comment["parent"]?["id"]?.ToString() ?? postId,
        postId,
        pageId);

    /// <summary>
    /// The comments in a <c>feed</c> webhook: added and edited ones as reactions, removed ones as deleted. Other
    /// feed changes (reactions, shares, the Page's own posts) are not conversations and are left out.
    /// </summary>
    public static ReactionRead FromFeed(string payload, SendOutcome outcome)
    {
        List<RemoteReaction> reactions = [];
        List<string> deleted = [];
        foreach (var entry in JsonNode.Parse(payload)?["entry"]?.AsArray() ?? [])
        {
            var pageId = entry?["id"]?.ToString() ?? "";
            var changes = entry?["changes"]?.AsArray().Where(c => c?["field"]?.ToString() == "feed" && c["value"]?["item"]?.ToString() == "comment");
            foreach (var value in changes?.Select(c => c!["value"]!) ?? [])
            {
                var id = value["comment_id"]!.ToString();
                if (value["verb"]?.ToString() == "remove")
                {
                    deleted.Add(id);
                    continue;
                }

                var reaction = Reaction(id, value["from"], value["message"]?.ToString() ?? "", Unix(value["created_time"]),
                    value["parent_id"]?.ToString() ?? value["post_id"]!.ToString(), value["post_id"]!.ToString(), pageId);
                reactions.Add(value["verb"]?.ToString() == "edited" ? reaction with { EditedUtc = Unix(entry!["time"]) } : reaction);
            }
        }

        return new ReactionRead(outcome) { Reactions = reactions, Deleted = deleted };
    }

    private static RemoteReaction Reaction(string id, JsonNode? from, string text, DateTime createdUtc, string parentId, string postId, string pageId)
    {
        var authorId = from?["id"]?.ToString() ?? "";
        var name = from?["name"]?.ToString() ?? authorId;

        // Facebook shows people by name; the id is only the Page's (app-scoped for everyone else), so no profile link.
        return new RemoteReaction(id, InteractionKind.Reply, new RemoteAuthor(authorId, name, name), text, createdUtc)
        {
            ParentRemoteId = parentId,
            RootRemoteId = postId,
            Mine = authorId == pageId,
        };
    }

    private static DateTime Unix(JsonNode? seconds) =>
        DateTimeOffset.FromUnixTimeSeconds(long.Parse(seconds?.ToString() ?? "0", CultureInfo.InvariantCulture)).UtcDateTime;
}
