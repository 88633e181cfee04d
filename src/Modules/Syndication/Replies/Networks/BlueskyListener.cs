using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Bluesky: a post's thread from <c>app.bsky.feed.getPostThread</c> (answers, their CIDs and the post's counts), and
/// replies, mentions and quotes from <c>app.bsky.notification.listNotifications</c>. A thread is shown down to
/// <see cref="Depth"/> levels (deeper nesting would exceed what a JSON reader accepts); an answer shown with
/// answers but none listed is read with its own thread, one more page. Bluesky has no edits: a record rewritten
/// under the same uri has a new CID, which is the reaction's <see cref="RemoteReaction.Version"/>.
/// </summary>
public sealed class BlueskyListener : INetworkListener
{
    private const int Depth = 10;
    private const int NotificationsPage = 50;

    public SocialNetwork Network => SocialNetwork.Bluesky;

    public async Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken)
    {
        var reactions = new Dictionary<string, RemoteReaction>();
        var pending = new Queue<string>([post.RemoteId]);
        PostCounts? counts = null;
        var outcome = new SendOutcome(context.Url("/xrpc/app.bsky.feed.getPostThread"), null, null, 0);
        for (var page = 0; page < context.Lookup.Pages && pending.TryDequeue(out var uri); page++)
        {
            (outcome, var answer) = await GetAsync(context, $"app.bsky.feed.getPostThread?uri={Uri.EscapeDataString(uri)}&depth={Depth}&parentHeight=0", cancellationToken);
            if (answer?["thread"] is not { } thread)
            {
                return new ReactionRead(outcome);
            }

            counts ??= Counts(thread["post"]);
            foreach (var (node, cut) in Replies(thread))
            {
                var reaction = Reaction(context, node, InteractionKind.Reply);
                reactions[reaction.RemoteId] = reaction;
                if (cut)
                {
                    pending.Enqueue(reaction.RemoteId);
                }
            }
        }

        return new ReactionRead(outcome) { Reactions = [.. reactions.Values], Complete = pending.Count == 0, Counts = counts };
    }

    /// <summary>
    /// Notifications come newest first: pages are read back to the cursor (the newest <c>indexedAt</c> seen before),
    /// which then moves to the newest one read.
    /// </summary>
    public async Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken)
    {
        var reactions = new List<RemoteReaction>();
        string? newest = null;
        string? next = null;
        var outcome = new SendOutcome(context.Url("/xrpc/app.bsky.notification.listNotifications"), null, null, 0);
        for (var page = 0; page < context.Lookup.Pages; page++)
        {
            var query = $"app.bsky.notification.listNotifications?limit={NotificationsPage}&reasons=reply&reasons=mention&reasons=quote"
                + (next is null ? "" : "&cursor=" + Uri.EscapeDataString(next));
            (outcome, var answer) = await GetAsync(context, query, cancellationToken);
            if (answer is null)
            {
                return new ReactionRead(outcome);
            }

            var notifications = (answer["notifications"] as JsonArray ?? []).OfType<JsonNode>().ToList();
            var fresh = notifications.TakeWhile(n => cursor is null || string.CompareOrdinal(n["indexedAt"]?.ToString(), cursor) >= 0).ToList();
            newest ??= fresh.FirstOrDefault()?["indexedAt"]?.ToString();
            reactions.AddRange(fresh.Select(n => Notification(context, n)).OfType<RemoteReaction>());
            next = answer["cursor"]?.ToString();
            if (fresh.Count < notifications.Count || next is null)
            {
                break;
            }
        }

        return new ReactionRead(outcome) { Reactions = reactions, Cursor = newest };
    }

    private static RemoteReaction? Notification(AdapterContext context, JsonNode notification) => notification["reason"]?.ToString() switch
    {
        "reply" => Reaction(context, notification, InteractionKind.Reply),
        "mention" => Reaction(context, notification, InteractionKind.Mention),
        "quote" => Reaction(context, notification, InteractionKind.Quote) with
        {
            ParentRemoteId = notification["reasonSubject"]?.ToString() ?? notification["record"]?["embed"]?["record"]?["uri"]?.ToString(),
        },
        _ => null,
    };

    /// <summary>Every answer under a thread view, depth first, and whether the view left out its own answers (it has some but lists none).</summary>
    private static IEnumerable<(JsonNode Post, bool Cut)> Replies(JsonNode thread)
    {
        var pending = new Stack<JsonNode>((thread["replies"] as JsonArray ?? []).OfType<JsonNode>());
        while (pending.TryPop(out var view))
        {
            if (view["post"] is not { } post)
            {
                continue;
            }

            var replies = view["replies"] as JsonArray;
            yield return (post, replies is null && Count(post, "replyCount") > 0);
            foreach (var reply in (replies ?? []).OfType<JsonNode>())
            {
                pending.Push(reply);
            }
        }
    }

    /// <summary>A post view or a notification: both carry the uri, the CID, the author and the record.</summary>
    private static RemoteReaction Reaction(AdapterContext context, JsonNode post, InteractionKind kind)
    {
        var author = post["author"];
        var handle = author?["handle"]?.ToString() ?? "";
        var uri = post["uri"]?.ToString() ?? "";
        var record = post["record"];
        var appBase = BlueskyAdapter.AppBase(context);
        return new RemoteReaction(uri, kind,
            new RemoteAuthor(author?["did"]?.ToString() ?? "", handle, author?["displayName"]?.ToString(), $"{appBase}/profile/{handle}", author?["description"]?.ToString()),
            record?["text"]?.ToString() ?? "",
            DateTime.TryParse(record?["createdAt"]?.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var created) ? created : DateTime.MinValue)
        {
            ParentRemoteId = record?["reply"]?["parent"]?["uri"]?.ToString(),
            RootRemoteId = record?["reply"]?["root"]?["uri"]?.ToString(),
            Url = $"{appBase}/profile/{handle}/post/{uri[(uri.LastIndexOf('/') + 1)..]}",
            Version = post["cid"]?.ToString(),
            Mine = author?["did"]?.ToString() == context.Credentials.Did,
        };
    }

    private static PostCounts? Counts(JsonNode? post) => post is null ? null
        : new PostCounts(Count(post, "likeCount"), Count(post, "repostCount"), Count(post, "replyCount"), Count(post, "quoteCount"));

    private static int Count(JsonNode post, string name) => post[name]?.GetValue<int>() ?? 0;

    private static async Task<(SendOutcome Outcome, JsonNode? Json)> GetAsync(AdapterContext context, string method, CancellationToken cancellationToken)
    {
        if (BlueskyAdapter.Session(context) is not { } session)
        {
            return (BlueskyAdapter.NoSession(context), null);
        }

        JsonNode? json = null;
        using var request = BlueskyAdapter.Authorized(context, session, HttpMethod.Get, method);
        var outcome = await BlueskyAdapter.ExchangeAsync(context, request, response =>
        {
            json = response.Json();
            return response.Outcome() with { Budget = BlueskyAdapter.Budget(response) };
        }, cancellationToken);
        return (outcome, outcome.Succeeded ? json : null);
    }
}
