using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>
/// One network's reading side: the conversation under one of our posts, and what names our account elsewhere.
/// A read that the network refuses (budget, token) returns its outcome as an error and no reactions; the poller
/// waits as the delivery engine does.
/// </summary>
public interface INetworkListener
{
    SocialNetwork Network { get; }

    /// <summary>
    /// The replies under <paramref name="post"/> (every page, within the channel's read budget), its counts, and
    /// whether the read saw the whole conversation (then a stored reply it did not see was deleted).
    /// </summary>
    Task<ReactionRead> ReadThreadAsync(AdapterContext context, WatchedPost post, CancellationToken cancellationToken);

    /// <summary>Mentions, quotes and replies the network reports for the account since <paramref name="cursor"/> (notifications, mentions, updates).</summary>
    Task<ReactionRead> ReadMentionsAsync(AdapterContext context, string? cursor, CancellationToken cancellationToken);
}

/// <summary>What a webhook receiver makes of one stored event: the same shape a poll gives.</summary>
public interface IWebhookReader
{
    SocialNetwork Network { get; }

    /// <summary>Whether the request really comes from the network: a signature over the raw body, or a secret header, compared in constant time.</summary>
    bool IsAuthentic(WebhookRequest request, WebhookSecrets secrets);

    /// <summary>The event's id for deduplication: the network's own, or a hash of the body.</summary>
    string EventId(byte[] body);

    ReactionRead Read(string payload);
}

/// <summary>The raw request as it arrived: headers by lower-case name, and the body's bytes.</summary>
public sealed record WebhookRequest(IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>What a channel's webhook is checked with: Meta's app secret and verify token, Telegram's secret token.</summary>
public sealed record WebhookSecrets(string? Secret, string? VerifyToken);
