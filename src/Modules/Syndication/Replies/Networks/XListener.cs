using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// X API v2: the conversation under a post is a recent search on its <c>conversation_id</c>, which only covers the
/// last seven days, so a post older than that is read without claiming to see all of it (an older reply missing from
/// the answer is not known deleted); mentions come from <c>/2/users/:id/mentions</c> with <c>since_id</c> as the
/// cursor. The whole conversation is read on each poll rather than what is newer than a cursor: edits and deletions
/// show only in a full read. An edit gives the post a new id and lists the earlier ones in
/// <c>edit_history_tweet_ids</c>; a reaction keeps the first, which X still takes as a reply's parent.
/// </summary>
public sealed class XListener : INetworkListener
{
    /// <summary>How far back X's recent search reaches.</summary>
    public static readonly TimeSpan SearchWindow = TimeSpan.FromDays(7);

    private const string Fields = "tweet.fields=author_id,conversation_id,in_reply_to_user_id,referenced_tweets,created_at,edit_history_tweet_ids,public_metrics"
        + "&expansions=author_id&user.fields=username,name,description&max_results=100";

    public SocialNetwork Network => SocialNetwork.X;

    public async Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken)
    {
        var counts = await CountsAsync(context, post.RemoteId, cancellationToken);
        if (!counts.Outcome.Succeeded)
        {
            return counts;
        }

        var query = "query=" + Uri.EscapeDataString("conversation_id:" + post.RemoteId);
        var thread = await ReadPagesAsync(context, $"/2/tweets/search/recent?{query}&{Fields}", "next_token", cancellationToken);
        if (!thread.Outcome.Succeeded)
        {
            return thread;
        }

        var searchable = post.PostedUtc >= context.Clock.GetUtcNow().UtcDateTime - SearchWindow;
        return thread with
        {
            Reactions = [.. thread.Reactions.Where(r => r.RemoteId != post.RemoteId)],
            Counts = counts.Counts,
            Complete = thread.Complete && searchable,
            Cursor = null,
        };
    }

    public Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken)
    {
        var since = cursor is null ? "" : "&since_id=" + Uri.EscapeDataString(cursor);
        return ReadPagesAsync(context, $"/2/users/{Uri.EscapeDataString(context.Channel.Account)}/mentions?{Fields}{since}", "pagination_token", cancellationToken);
    }

    /// <summary>Our post's <c>public_metrics</c>; a post X no longer has (its answer names it in <c>errors</c>) has no counts.</summary>
    private static async Task<ReactionRead> CountsAsync(AdapterContext context, string remoteId, CancellationToken cancellationToken)
    {
        using var request = XAdapter.Request(context, HttpMethod.Get, $"/2/tweets/{Uri.EscapeDataString(remoteId)}?tweet.fields=public_metrics");
        return await NetworkCall.SendAsync(context.Http, request, response =>
        {
            if (!response.IsSuccess)
            {
                return new ReactionRead(XAdapter.Classify(response, idempotent: true));
            }

            var metrics = response.Json()?["data"]?["public_metrics"];
            return new ReactionRead(response.Outcome() with { Budget = XAdapter.Budget(response) })
            {
                Counts = metrics is null ? null : new PostCounts(Int(metrics["like_count"]), Int(metrics["retweet_count"]), Int(metrics["reply_count"]), Int(metrics["quote_count"])),
            };
        }, failure => new ReactionRead(NetworkCall.Repeatable(failure)), cancellationToken);
    }

    /// <summary>
    /// Every page of a search or a mentions timeline (at most the lookup's pages), newest first. Complete when the
    /// last page had no next token; the cursor is the newest id seen, for the next mentions read to start after.
    /// </summary>
    private static async Task<ReactionRead> ReadPagesAsync(AdapterContext context, string path, string pageParameter, CancellationToken cancellationToken)
    {
        var reactions = new List<RemoteReaction>();
        string? next = null;
        string? newest = null;
        SendOutcome? last = null;
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            var pagePath = next is null ? path : $"{path}&{pageParameter}={Uri.EscapeDataString(next)}";
            using var request = XAdapter.Request(context, HttpMethod.Get, pagePath);
            var read = await NetworkCall.SendAsync(context.Http, request, response =>
            {
                if (!response.IsSuccess)
                {
                    return (Outcome: XAdapter.Classify(response, idempotent: true), Json: null);
                }

                return (Outcome: response.Outcome() with { Budget = XAdapter.Budget(response) }, Json: response.Json());
            }, failure => (Outcome: NetworkCall.Repeatable(failure), Json: (JsonNode?)null), cancellationToken);
            if (!read.Outcome.Succeeded)
            {
                return new ReactionRead(read.Outcome);
            }

            last = read.Outcome;
            var users = (read.Json?["includes"]?["users"]?.AsArray() ?? []).Where(u => u is not null).ToDictionary(u => u!["id"]!.ToString(), u => u!);
            reactions.AddRange((read.Json?["data"]?.AsArray() ?? []).Where(t => t is not null).Select(t => Reaction(context, t!, users)));
            newest ??= read.Json?["meta"]?["newest_id"]?.ToString();
            next = read.Json?["meta"]?["next_token"]?.ToString();
            if (next is null)
            {
                return new ReactionRead(last) { Reactions = reactions, Complete = true, Cursor = newest };
            }
        }

        return new ReactionRead(last!) { Reactions = reactions, Cursor = newest };
    }

    private static RemoteReaction Reaction(AdapterContext context, JsonNode tweet, Dictionary<string, JsonNode> users)
    {
        var id = tweet["id"]!.ToString();
        var history = tweet["edit_history_tweet_ids"]?.AsArray().Select(e => e?.ToString()).OfType<string>().ToList() ?? [];
        var remoteId = history.FirstOrDefault() ?? id;
        var referenced = tweet["referenced_tweets"]?.AsArray().FirstOrDefault(r => r?["type"]?.ToString() is "replied_to" or "quoted");
        var kind = referenced?["type"]?.ToString() switch
        {
            "replied_to" => InteractionKind.Reply,
            "quoted" => InteractionKind.Quote,
            _ => InteractionKind.Mention,
        };
        var authorId = tweet["author_id"]?.ToString() ?? "";
        var user = users.GetValueOrDefault(authorId);
        var username = user?["username"]?.ToString() ?? authorId;
        var created = DateTime.TryParse(tweet["created_at"]?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : context.Clock.GetUtcNow().UtcDateTime;
        var conversation = tweet["conversation_id"]?.ToString();
        return new RemoteReaction(remoteId, kind, new RemoteAuthor(authorId, "@" + username, user?["name"]?.ToString(), ProfileUrl(context, username), user?["description"]?.ToString()),
            tweet["text"]?.ToString() ?? "", created)
        {
            ParentRemoteId = referenced?["id"]?.ToString(),
            RootRemoteId = conversation == remoteId || conversation == id ? null : conversation,
            Url = XAdapter.PostUrl(context, remoteId),
            EditedUtc = history.Count > 1 ? created : null,
            Mine = authorId == context.Channel.Account,
        };
    }

    private static string ProfileUrl(AdapterContext context, string username) =>
        context.Url("").Contains("api.x.com", StringComparison.Ordinal) ? $"https://x.com/{username}" : context.Url("/" + Uri.EscapeDataString(username));

    private static int Int(JsonNode? node) => node?.GetValue<int>() ?? 0;
}
