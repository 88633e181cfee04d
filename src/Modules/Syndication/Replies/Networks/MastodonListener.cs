using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Mastodon: a post's counts from <c>GET /api/v1/statuses/:id</c>, its answers from <c>/context</c>, and mentions
/// and quotes from the account's notifications. A context lists at most 4,096 descendants; an answer whose
/// <c>replies_count</c> says more than the context showed is read with its own context, one more page, so a long
/// conversation is read over several pages (and several polls).
/// </summary>
public sealed partial class MastodonListener : INetworkListener
{
    private const int NotificationsPage = 40;

    public SocialNetwork Network => SocialNetwork.Mastodon;

    public async Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken)
    {
        var (outcome, root) = await GetAsync(context, "/api/v1/statuses/" + Uri.EscapeDataString(post.RemoteId), cancellationToken);
        if (root is null)
        {
            return new ReactionRead(outcome);
        }

        var statuses = new Dictionary<string, JsonNode>();
        var pending = new Queue<string>([post.RemoteId]);
        var read = new HashSet<string>();
        for (var page = 0; page < context.Lookup.Pages && pending.TryDequeue(out var id); page++)
        {
            read.Add(id);
            (outcome, var thread) = await GetAsync(context, $"/api/v1/statuses/{Uri.EscapeDataString(id)}/context", cancellationToken);
            if (thread is null)
            {
                return new ReactionRead(outcome);
            }

            foreach (var status in thread["descendants"] as JsonArray ?? [])
            {
                if (status?["id"]?.ToString() is { } statusId)
                {
                    statuses[statusId] = status;
                }
            }

            foreach (var cut in Unread(root, statuses, read).Where(c => !pending.Contains(c)))
            {
                pending.Enqueue(cut);
            }
        }

        return new ReactionRead(outcome)
        {
            Reactions = [.. statuses.Values.Select(s => Reaction(context, s, InteractionKind.Reply) with { RootRemoteId = post.RemoteId })],
            Complete = pending.Count == 0,
            Counts = new PostCounts(Count(root, "favourites_count"), Count(root, "reblogs_count"), Count(root, "replies_count"), Count(root, "quotes_count")),
        };
    }

    /// <summary>
    /// Notifications of type <c>mention</c> (a reply names the author it answers) and <c>quote</c>, paged forward
    /// from the cursor with <c>min_id</c>, so that none is skipped however many arrived since the last read.
    /// </summary>
    public async Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken)
    {
        var reactions = new List<RemoteReaction>();
        var since = cursor ?? "0";
        var outcome = new SendOutcome(context.Url("/api/v1/notifications"), null, null, 0);
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            (outcome, var answer) = await GetAsync(
                context, $"/api/v1/notifications?types[]=mention&types[]=quote&limit={NotificationsPage}&min_id={Uri.EscapeDataString(since)}", cancellationToken);
            if (answer is not JsonArray notifications)
            {
                return new ReactionRead(outcome);
            }

            reactions.AddRange(notifications.OfType<JsonNode>().Where(n => n["status"] is not null).Select(Mention(context)));
            if (notifications.FirstOrDefault()?["id"]?.ToString() is { } newest)
            {
                since = newest;
            }

            if (notifications.Count < NotificationsPage)
            {
                break;
            }
        }

        return new ReactionRead(outcome) { Reactions = reactions, Cursor = since == (cursor ?? "0") ? null : since };
    }

    private static Func<JsonNode, RemoteReaction> Mention(AdapterContext context) => notification =>
    {
        var status = notification["status"]!;
        if (notification["type"]?.ToString() == "quote")
        {
            return Reaction(context, status, InteractionKind.Quote) with { ParentRemoteId = status["quote"]?["quoted_status"]?["id"]?.ToString() };
        }

        return Reaction(context, status, status["in_reply_to_id"] is null ? InteractionKind.Mention : InteractionKind.Reply);
    };

    /// <summary>The statuses seen with more answers than the pages read showed, not yet read themselves: the context cut them off.</summary>
    private static IEnumerable<string> Unread(JsonNode root, Dictionary<string, JsonNode> statuses, HashSet<string> read)
    {
        var shown = statuses.Values.GroupBy(s => s["in_reply_to_id"]?.ToString() ?? "").ToDictionary(g => g.Key, g => g.Count());
        return statuses.Values.Prepend(root)
            .Where(s => s["id"]?.ToString() is { } id && !read.Contains(id) && Count(s, "replies_count") > shown.GetValueOrDefault(id))
            .Select(s => s["id"]!.ToString());
    }

    private static RemoteReaction Reaction(AdapterContext context, JsonNode status, InteractionKind kind)
    {
        var account = status["account"];
        var acct = account?["acct"]?.ToString() ?? "";
        var html = status["content"]?.ToString() ?? "";
        var ours = context.Channel.Account.TrimStart('@');
        return new RemoteReaction(status["id"]?.ToString() ?? "", kind,
            new RemoteAuthor(account?["id"]?.ToString() ?? "", "@" + acct, account?["display_name"]?.ToString(), account?["url"]?.ToString(), account?["note"]?.ToString()),
            PlainText(html), Time(status["created_at"]) ?? DateTime.MinValue)
        {
            ParentRemoteId = status["in_reply_to_id"]?.ToString(),
            Html = html,
            Url = status["url"]?.ToString(),
            EditedUtc = Time(status["edited_at"]),
            Mine = acct.Length > 0 && (acct == ours || ours.StartsWith(acct + "@", StringComparison.Ordinal)),
            Public = status["visibility"]?.ToString() is "public" or "unlisted",
        };
    }

    private static async Task<(SendOutcome Outcome, JsonNode? Json)> GetAsync(AdapterContext context, string path, CancellationToken cancellationToken)
    {
        using var request = MastodonAdapter.Request(context, HttpMethod.Get, path);
        return await NetworkCall.SendAsync(context.Http, request,
            response => MastodonAdapter.Outcome(response, idempotent: true) is var outcome && outcome.Succeeded ? (outcome, response.Json()) : (outcome, null),
            failure => (failure, null), cancellationToken);
    }

    private static int Count(JsonNode status, string name) => status[name]?.GetValue<int>() ?? 0;

    private static DateTime? Time(JsonNode? value) =>
        DateTime.TryParse(value?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    /// <summary>The words of a status's HTML: paragraphs and line breaks kept as line breaks, tags dropped, entities decoded.</summary>
    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Paragraph().Replace(LineBreak().Replace(html, "\n"), "\n\n"), "")).Trim();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"</p>\s*<p[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Paragraph();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
