using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace SocialSandbox.Networks;

/// <summary>
/// The Mastodon statuses of one moment, rendered as the API does: the author's account (citizens are remote accounts,
/// <c>acct</c> <c>name@vecinos.example</c>), the words as HTML, the thread links and the counts.
/// </summary>
public sealed class MastodonView
{
    public const string Account = "portal";
    public const string CitizenInstance = "vecinos.example";

    private readonly string _baseUrl;
    private readonly Dictionary<string, SandboxPost> _byId;
    private readonly ILookup<string, SandboxPost> _children;

    public MastodonView(SandboxStore store, string baseUrl)
    {
        _baseUrl = baseUrl;
        var posts = store.Posts("mastodon").Where(p => !p.Deleted).ToList();
        _byId = posts.ToDictionary(p => p.Id);
        _children = posts.Where(p => p.ParentId is not null).ToLookup(p => p.ParentId!);
    }

    public SandboxPost? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The answers under <paramref name="id"/>, depth first, oldest first at each level: the order of a status's <c>descendants</c>.</summary>
    public IEnumerable<SandboxPost> Descendants(string id)
    {
        var pending = new Stack<SandboxPost>(Replies(id).Reverse());
        while (pending.TryPop(out var post))
        {
            yield return post;
            foreach (var reply in Replies(post.Id).Reverse())
            {
                pending.Push(reply);
            }
        }
    }

    /// <summary>The statuses <paramref name="post"/> answers, from the conversation's start.</summary>
    public IEnumerable<SandboxPost> Ancestors(SandboxPost post)
    {
        var chain = new List<SandboxPost>();
        for (var parent = post.ParentId is null ? null : Find(post.ParentId); parent is not null; parent = parent.ParentId is null ? null : Find(parent.ParentId))
        {
            chain.Add(parent);
        }

        chain.Reverse();
        return chain;
    }

    public JsonObject Status(SandboxPost post)
    {
        var parent = post.ParentId is null ? null : Find(post.ParentId);
        var status = new JsonObject
        {
            ["id"] = post.Id,
            ["uri"] = post.Url,
            ["url"] = post.Url,
            ["created_at"] = post.CreatedUtc.ToString("O", CultureInfo.InvariantCulture),
            ["edited_at"] = post.EditedUtc?.ToString("O", CultureInfo.InvariantCulture),
            ["visibility"] = "public",
            ["content"] = $"<p>{WebUtility.HtmlEncode(post.Text)}</p>",
            ["in_reply_to_id"] = post.Kind == "reply" ? post.ParentId : null,
            ["in_reply_to_account_id"] = post.Kind == "reply" && parent is not null ? AccountId(parent) : null,
            ["account"] = Author(post),
            ["replies_count"] = Replies(post.Id).Count(),
            ["reblogs_count"] = post.Reposts,
            ["favourites_count"] = post.Likes,
            ["quotes_count"] = _children[post.Id].Count(p => p.Kind == "quote"),
            ["media_attachments"] = new JsonArray([.. post.Media.Select(m => (JsonNode)MastodonApi.Attachment(m))]),
        };

        // Mastodon 4.5 shows a quote as the quoted status, accepted by its author.
        if (post.Kind == "quote" && parent is not null)
        {
            status["quote"] = new JsonObject { ["state"] = "accepted", ["quoted_status"] = Status(parent) };
        }

        return status;
    }

    public JsonObject Author(SandboxPost post)
    {
        var ours = post.Account == Account;
        return new JsonObject
        {
            ["id"] = AccountId(post),
            ["username"] = post.Account,
            ["acct"] = ours ? Account : $"{post.Account}@{CitizenInstance}",
            ["display_name"] = post.AuthorName ?? post.Account,
            ["url"] = ours ? $"{_baseUrl}/mastodon/@{Account}" : $"{_baseUrl}/mastodon/@{post.Account}@{CitizenInstance}",
            ["note"] = post.Bio is null ? "" : $"<p>{WebUtility.HtmlEncode(post.Bio)}</p>",
        };
    }

    private IEnumerable<SandboxPost> Replies(string id) => _children[id].Where(p => p.Kind == "reply");

    private static string AccountId(SandboxPost post) => post.Account == Account ? "1" : "10" + StableHash(post.Account).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same id for the same name in every run, as an account keeps its id (string hashes change between processes).</summary>
    private static uint StableHash(string text) => text.Aggregate(17u, (hash, c) => unchecked((hash * 31) + c));
}
