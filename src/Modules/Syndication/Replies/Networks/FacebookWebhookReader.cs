using System.Security.Cryptography;
using System.Text;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Meta's webhook: authentic when <c>X-Hub-Signature-256</c> is <c>sha256=</c> and the hex HMAC-SHA256 of the raw
/// body under the app secret, compared in constant time. Meta gives its events no id, so the body's hash is one: a
/// redelivery is the same bytes.
/// </summary>
public sealed class FacebookWebhookReader : IWebhookReader
{
    private const string Prefix = "sha256=";

    public SocialNetwork Network => SocialNetwork.Facebook;

    public bool IsAuthentic(WebhookRequest request, WebhookSecrets secrets)
    {
        if (secrets.Secret is not { Length: > 0 } secret
            || !request.Headers.TryGetValue("x-hub-signature-256", out var header)
            || !header.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var given = new byte[SHA256.HashSizeInBytes];
        var hex = header.AsSpan(Prefix.Length);
        return hex.Length == given.Length * 2
            && Convert.FromHexString(hex, given, out _, out _) == System.Buffers.OperationStatus.Done
            && CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), request.Body), given);
    }

    public string EventId(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public ReactionRead Read(string payload) => FacebookComments.FromFeed(payload, new SendOutcome("webhook", null, null, 0));
}
