using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Telegram updates from the channel's discussion group, as <c>getUpdates</c> lists them and the webhook pushes them
/// one by one. A channel post's conversation is in the group, under the post's automatic forward: that forward
/// becomes a <see cref="ThreadLocation"/> (our post's message id → the forward), and each message in its thread a
/// reaction whose root is the forward. A group message's <c>RemoteId</c> is <c>"&lt;chat id&gt;:&lt;message id&gt;"</c>,
/// since answering it (<c>sendMessage</c> with <c>reply_parameters</c>) needs the group as well as the message.
/// Telegram tells a bot of no deletion and never of its own messages.
/// </summary>
internal static class TelegramMessages
{
    public static string Id(string chat, string message) => $"{chat}:{message}";

    /// <summary>The group and the message of a <see cref="Id"/>; null for anything else.</summary>
    public static (string Chat, long Message)? Split(string? remoteId)
    {
        var colon = remoteId?.LastIndexOf(':') ?? -1;
        return colon > 0 && long.TryParse(remoteId.AsSpan(colon + 1), NumberStyles.Integer, CultureInfo.InvariantCulture, out var message)
            ? (remoteId![..colon], message)
            : null;
    }

    /// <summary>What the updates tell, and the offset that confirms them (null when there were none).</summary>
    public static ReactionRead Read(IEnumerable<JsonNode?> updates, SendOutcome outcome)
    {
        List<RemoteReaction> reactions = [];
        List<ThreadLocation> threads = [];
        long? last = null;
        foreach (var update in updates.OfType<JsonNode>())
        {
            last = Math.Max(last ?? long.MinValue, update["update_id"]!.GetValue<long>());
            var edited = update["edited_message"];
            if ((edited ?? update["message"]) is not { } message)
            {
                continue;
            }

            var chat = message["chat"]?["id"]?.ToString() ?? "";
            if (message["is_automatic_forward"]?.GetValue<bool>() == true && message["forward_origin"]?["message_id"] is { } post)
            {
                threads.Add(new ThreadLocation(post.ToString(), Id(chat, message["message_id"]!.ToString())));
            }
            else if (message["message_thread_id"] is { } thread && message["reply_to_message"]?["message_id"] is { } parent)
            {
                var reaction = Reaction(message, chat, parent.ToString(), thread.ToString());
                reactions.Add(edited is null ? reaction : reaction with { EditedUtc = Unix(message["edit_date"] ?? message["date"]) });
            }
        }

        return new ReactionRead(outcome)
        {
            Reactions = reactions,
            Threads = threads,
            Cursor = last is { } id ? (id + 1).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    private static RemoteReaction Reaction(JsonNode message, string chat, string parent, string thread)
    {
        var from = message["from"];
        var username = from?["username"]?.ToString();
        var name = string.Join(' ', new[] { from?["first_name"]?.ToString(), from?["last_name"]?.ToString() }.Where(n => !string.IsNullOrEmpty(n)));
        var author = new RemoteAuthor(
            from?["id"]?.ToString() ?? "",
            username is null ? name : "@" + username,
            name,
            username is null ? null : $"https://t.me/{username}");
        return new RemoteReaction(
            Id(chat, message["message_id"]!.ToString()),
            InteractionKind.Reply,
            author,
            message["text"]?.ToString() ?? message["caption"]?.ToString() ?? "",
            Unix(message["date"]))
        {
            ParentRemoteId = Id(chat, parent),
            RootRemoteId = Id(chat, thread),
        };
    }

    private static DateTime Unix(JsonNode? seconds) => DateTimeOffset.FromUnixTimeSeconds(seconds?.GetValue<long>() ?? 0).UtcDateTime;
}
