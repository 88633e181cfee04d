namespace Portal.Syndication.Replies;

public enum InboundEventState
{
    Pending,
    Done,
    Failed,
}

/// <summary>
/// A webhook exactly as it arrived, stored before it is answered and processed afterwards, so that a slow or
/// failing import never makes the network retry or give up, and a restart finishes what was received. Unique per
/// (network, event id): a network's second delivery of the same event stores nothing.
/// </summary>
public sealed class InboundEvent
{
    public const string TableName = "SyndicationInboundEvents";
    public const int EventIdLength = 100;
    public const int ErrorLength = 2000;

    public long Id { get; set; }

    public SocialNetwork Network { get; set; }

    public int ChannelId { get; set; }

    /// <summary>The network's id for the event (Telegram's <c>update_id</c>), or a hash of the body for networks that give none (Meta).</summary>
    public string EventId { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime ReceivedUtc { get; set; }

    public InboundEventState State { get; set; }

    public int Attempts { get; set; }

    public DateTime? ProcessedUtc { get; set; }

    public string? LeaseHolder { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public string? LastError { get; set; }
}
