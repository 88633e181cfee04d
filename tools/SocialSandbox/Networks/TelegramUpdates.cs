using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using SocialSandbox.Citizens;

namespace SocialSandbox.Networks;

/// <summary>
/// The bot's updates from the channel's discussion group: the automatic forward of each channel post, each citizen
/// message there and each edit of one. Update ids follow the store's one sequence (an edit takes the next number
/// when it is first seen), so an offset confirms exactly what came before it. Telegram tells a bot of no deletion,
/// and a bot is not told of its own messages.
/// </summary>
public sealed class TelegramUpdates(SandboxStore store)
{
    public const long GroupId = -100999;
    public const long BotId = 77;
    public const string BotName = "portal_sandbox_bot";

    /// <summary>A channel post's automatic forward, and every message in the group, take the post's number plus this.</summary>
    public const long GroupOffset = 500_000;

    private readonly ConcurrentDictionary<(string PostId, DateTime EditedUtc), long> _edits = new();

    /// <summary>Every update still held, in order.</summary>
    public IReadOnlyList<JsonObject> All() =>
        [.. store.Posts("telegram")
            .Where(p => !p.Deleted && p.Account != BotName)
            .SelectMany(p => new[] { Of(p), Edit(p) })
            .OfType<JsonObject>()
            .OrderBy(u => u["update_id"]!.GetValue<long>())];

    /// <summary>The update for a new channel post or a citizen's message; null for what is not in the group.</summary>
    public JsonObject? Of(SandboxPost post) => post.Kind switch
    {
        "post" => Update(Number(post.Id), "message", Forward(post)),
        "reply" => Update(Number(post.Id), "message", Message(post)),
        _ => null,
    };

    /// <summary>The update for an edit of a citizen's message, numbered when first seen.</summary>
    public JsonObject? Edit(SandboxPost post) => post is { Kind: "reply", EditedUtc: { } edited }
        ? Update(_edits.GetOrAdd((post.Id, edited), _ => store.NextId()), "edited_message", Message(post))
        : null;

    /// <summary>A message in the discussion group as the Bot API shows it, threaded under its post's forward.</summary>
    public JsonObject Message(SandboxPost post)
    {
        var mine = post.Account == BotName;
        var message = new JsonObject
        {
            ["message_id"] = Number(post.Id) + GroupOffset,
            ["message_thread_id"] = Number(post.RootId ?? post.Id) + GroupOffset,
            ["from"] = new JsonObject
            {
                ["id"] = mine ? BotId : CitizenIds.Numeric(post.Account),
                ["is_bot"] = mine,
                ["username"] = post.Account,
                ["first_name"] = post.AuthorName ?? post.Account,
            },
            ["chat"] = Group(),
            ["date"] = new DateTimeOffset(post.CreatedUtc).ToUnixTimeSeconds(),
            ["text"] = post.Text,
        };
        if (post.ParentId is { } parent)
        {
            message["reply_to_message"] = new JsonObject { ["message_id"] = Number(parent) + GroupOffset, ["chat"] = Group() };
        }

        if (post.EditedUtc is { } edited)
        {
            message["edit_date"] = new DateTimeOffset(edited).ToUnixTimeSeconds();
        }

        return message;
    }

    public static long Number(string id) => long.Parse(id, CultureInfo.InvariantCulture);

    private static JsonObject Forward(SandboxPost post) => new()
    {
        ["message_id"] = Number(post.Id) + GroupOffset,
        ["is_automatic_forward"] = true,
        ["chat"] = Group(),
        ["date"] = new DateTimeOffset(post.CreatedUtc).ToUnixTimeSeconds(),
        ["forward_origin"] = new JsonObject
        {
            ["type"] = "channel",
            ["chat"] = new JsonObject { ["id"] = -100123, ["username"] = post.Account, ["type"] = "channel" },
            ["message_id"] = Number(post.Id),
        },
        [post.Media.Count > 0 ? "caption" : "text"] = post.Text,
    };

    private static JsonObject Group() => new() { ["id"] = GroupId, ["type"] = "supergroup", ["title"] = "Portal (debate)" };

    private static JsonObject Update(long id, string kind, JsonObject message) => new() { ["update_id"] = id, [kind] = message };
}
