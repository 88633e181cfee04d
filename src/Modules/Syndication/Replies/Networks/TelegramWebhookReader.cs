using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies.Networks;

/// <summary>
/// Telegram's webhook: authentic when <c>X-Telegram-Bot-Api-Secret-Token</c> is the secret given with
/// <c>setWebhook</c>, compared in constant time (over hashes, so neither its length leaks). The event id is the
/// update's own <c>update_id</c>; the body is one update, read as <c>getUpdates</c> reads them.
/// </summary>
public sealed class TelegramWebhookReader : IWebhookReader
{
    public SocialNetwork Network => SocialNetwork.Telegram;

    public bool IsAuthentic(WebhookRequest request, WebhookSecrets secrets) =>
        secrets.Secret is { Length: > 0 } secret
        && request.Headers.TryGetValue("x-telegram-bot-api-secret-token", out var token)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(token)), SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The update's id; a body without one (not an update at all) is known by its hash.</summary>
    public string EventId(byte[] body)
    {
        try
        {
            if (JsonNode.Parse(body)?["update_id"] is JsonValue id && id.TryGetValue<long>(out var number))
            {
                return number.ToString(CultureInfo.InvariantCulture);
            }
        }
        catch (JsonException)
        {
            // Falls through to the hash: the endpoint stores it, and reading it later reports what is wrong.
        }

        return Convert.ToHexStringLower(SHA256.HashData(body));
    }

    public ReactionRead Read(string payload) => TelegramMessages.Read([JsonNode.Parse(payload)], new SendOutcome("webhook", null, null, 0));
}
