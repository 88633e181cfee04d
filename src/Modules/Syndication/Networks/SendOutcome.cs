using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>The rate budget a network reported: what is left and when its window resets.</summary>
public sealed record RateBudget(int? Remaining, DateTime? ResetUtc);

/// <summary>What one call to a network gave: the remote post, or a classified error; and what the attempt log keeps.</summary>
public sealed record SendOutcome(string Endpoint, int? Status, string? Body, long LatencyMs)
{
    public string? RemoteId { get; init; }

    public string? RemoteUrl { get; init; }

    public ErrorKind? Error { get; init; }

    /// <summary>The network's own words, shown (after a Spanish explanation) on the item and the channel.</summary>
    public string? Message { get; init; }

    /// <summary>For <see cref="ErrorKind.RateLimited"/>: no call to this channel before then.</summary>
    public DateTime? RetryAtUtc { get; init; }

    public RateBudget? Budget { get; init; }

    /// <summary>Meta's usage report, on any answer that carried one (Facebook today; Instagram, Threads and WhatsApp send the same headers).</summary>
    public MetaUsage? Usage { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>
    /// Whether the call counts towards <see cref="SyndicationOptions.MaxAttempts"/>. A refusal for want of budget or
    /// of valid credentials is not an attempt: the network acted on nothing, and the delivery only waits.
    /// </summary>
    public bool IsAttempt => Error is not (ErrorKind.RateLimited or ErrorKind.Auth);
}
