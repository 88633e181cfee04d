using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// The Bluesky posts of one moment, as the AppView shows them. The portal's posts live in its repository
/// (<c>at://did:plc:sandboxportal/…/rkey</c>); a citizen's in their own (<c>at://did:plc:name/…</c>), with the handle
/// <c>name.bsky.social</c>. Bluesky has no edits: a citizen's "edit" is modelled as the record rewritten under the
/// same uri, so its CID changes while its uri stays.
/// </summary>
public sealed class BlueskyView
{
    public const string Did = "did:plc:sandboxportal";
    public const string Collection = "app.bsky.feed.post";
    public const string Handle = "portal.sandbox";

    private readonly Dictionary<string, SandboxPost> _byId;
    private readonly ILookup<string, SandboxPost> _children;

    public BlueskyView(SandboxStore store)
    {
        var posts = store.Posts("bluesky").Where(p => !p.Deleted).ToList();
        _byId = posts.ToDictionary(p => p.Id);
        _children = posts.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!);
    }

    public static string Uri(string rkey) => $"at://{Did}/{Collection}/{rkey}";

    public static string Uri(SandboxPost post) => $"at://{AuthorDid(post)}/{Collection}/{post.Id}";

    public static string Cid(string rkey) => "bafyrei" + rkey.ToLowerInvariant();

    public static string Cid(SandboxPost post) => Cid(post.Id) + (post.EditedUtc is { } edited ? edited.Ticks.ToString("x", CultureInfo.InvariantCulture) : "");

    /// <summary>The record key of an <c>at://</c> uri.</summary>
    public static string RecordKey(string uri) => uri[(uri.LastIndexOf('/') + 1)..];

    /// <summary>A post by its uri, as long as it exists.</summary>
    public SandboxPost? Find(string uri) => _byId.GetValueOrDefault(RecordKey(uri)) is { } post && Uri(post) == uri ? post : null;

    public SandboxPost? ById(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<SandboxPost> Replies(string id) => _children[id].Where(p => p.Kind == "reply");

    public JsonObject Post(SandboxPost post) => new()
    {
        ["uri"] = Uri(post),
        ["cid"] = Cid(post),
        ["author"] = Author(post),
        ["record"] = Record(post),
        ["replyCount"] = Replies(post.Id).Count(),
        ["repostCount"] = post.Reposts,
        ["likeCount"] = post.Likes,
        ["quoteCount"] = _children[post.Id].Count(p => p.Kind == "quote"),
        ["indexedAt"] = IndexedAt(post),
    };

    public JsonObject Record(SandboxPost post)
    {
        var record = new JsonObject
        {
            ["$type"] = Collection,
            ["text"] = post.Text,
            ["createdAt"] = post.CreatedUtc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
        };
        if (post.Kind == "reply" && post.ParentId is not null && ById(post.ParentId) is { } parent)
        {
            var root = ById(post.RootId ?? parent.Id) ?? parent;
            record["reply"] = new JsonObject { ["root"] = StrongRef(root), ["parent"] = StrongRef(parent) };
        }

        if (post.Kind == "quote" && post.ParentId is not null && ById(post.ParentId) is { } quoted)
        {
            record["embed"] = new JsonObject { ["$type"] = "app.bsky.embed.record", ["record"] = StrongRef(quoted) };
        }

        return record;
    }

    public static JsonObject Author(SandboxPost post) => new()
    {
        ["did"] = AuthorDid(post),
        ["handle"] = post.Account == Handle ? Handle : post.Account + ".bsky.social",
        ["displayName"] = post.AuthorName ?? post.Account,
        ["description"] = post.Bio,
    };

    /// <summary>When the AppView saw the post, precise enough to serve as a cursor.</summary>
    public static string IndexedAt(SandboxPost post) => post.CreatedUtc.ToString("O", CultureInfo.InvariantCulture);

    private static JsonObject StrongRef(SandboxPost post) => new() { ["uri"] = Uri(post), ["cid"] = Cid(post) };

    private static string AuthorDid(SandboxPost post) => post.Account == Handle ? Did : "did:plc:" + post.Account;
}
