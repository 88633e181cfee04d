using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SocialSandbox.Citizens;

namespace SocialSandbox.Networks;

/// <summary>
/// The Page's <c>feed</c> webhook for comments: a change per comment added, edited or removed, signed in
/// <c>X-Hub-Signature-256</c> with an HMAC-SHA256 of the raw body under the app secret.
/// </summary>
public sealed class FacebookWebhooks : IWebhookDialect
{
    private static readonly Dictionary<string, string> Verbs = new() { ["reply"] = "add", ["edit"] = "edited", ["delete"] = "remove" };

    public string Network => "facebook";

    public string? Payload(string action, SandboxPost post, SandboxStore store)
    {
        if (post.Kind != "reply" || !Verbs.TryGetValue(action, out var verb))
        {
            return null;
        }

        var page = store.Find(Network, s => s.Id == post.RootId)?.Account;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var value = new JsonObject
        {
            ["item"] = "comment",
            ["verb"] = verb,
            ["comment_id"] = post.Id,
            ["post_id"] = post.RootId,
            ["parent_id"] = post.ParentId,
            ["from"] = FacebookApi.From(post, store),
            ["created_time"] = new DateTimeOffset(post.CreatedUtc).ToUnixTimeSeconds(),
        };

        // A removal names the comment and nothing of what it said.
        if (verb != "remove")
        {
            value["message"] = post.Text;
        }

        return new JsonObject
        {
            ["object"] = "page",
            ["entry"] = new JsonArray(new JsonObject
            {
                ["id"] = page,
                ["time"] = now,
                ["changes"] = new JsonArray(new JsonObject { ["field"] = "feed", ["value"] = value }),
            }),
        }.ToJsonString();
    }

    public void Sign(HttpRequestMessage request, byte[] body, string secret, bool forge)
    {
        var key = Encoding.UTF8.GetBytes(forge ? secret + "-forged" : secret);
        request.Headers.Add("X-Hub-Signature-256", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(key, body)));
    }
}
