namespace Portal.Syndication.Deliveries;

public enum DeliveryKind
{
    Post,
    Update,
    Delete,

    /// <summary>A staff answer to a reaction: posted under <see cref="Delivery.ReplyToRemoteId"/>, with the same guarantees as a post.</summary>
    Reply,
}

/// <summary>
/// Queued → Sending → Sent. Sending with an expired lease, or Unknown, means the request may have reached the
/// network: it is reconciled (the remote post looked for) before anything is sent again. Failed is final until
/// someone retries it.
/// </summary>
public enum DeliveryState
{
    Queued,
    Sending,
    Unknown,
    Sent,
    Failed,
}

/// <summary>Groups of <see cref="DeliveryState"/> that more than one place asks about.</summary>
public static class DeliveryStates
{
    /// <summary>
    /// Still on its way: not sent and not failed. These are the states the dispatcher claims (and waits for), and the
    /// ones the editor shows as pending.
    /// </summary>
    public static readonly IReadOnlyList<DeliveryState> Pending = [DeliveryState.Queued, DeliveryState.Sending, DeliveryState.Unknown];
}

/// <summary>The outbox row: one message to one channel for one published version, written in the publish transaction.</summary>
public sealed class Delivery
{
    public const string TableName = "SyndicationDeliveries";
    public const int KeyLength = 64;
    public const int TrackingCodeLength = 10;
    public const int UrlLength = 1000;
    public const int ErrorLength = 2000;
    public const int HolderLength = 100;
    public const int AltLength = Portal.Media.Assets.MediaAsset.TextLength;

    public long Id { get; set; }

    public string ItemId { get; set; } = "";

    public string VersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public int ChannelId { get; set; }

    public DeliveryKind Kind { get; set; }

    /// <summary>The message exactly as it is sent; checked against the network's limits before it was queued.</summary>
    public string Text { get; set; } = "";

    /// <summary>The tracking link in the text: it redirects to <see cref="TargetUrl"/> and identifies the remote post.</summary>
    public string Link { get; set; } = "";

    public string TargetUrl { get; set; } = "";

    /// <summary>Fixed at enqueue and reused on every attempt: Mastodon's Idempotency-Key, Bluesky's record key.</summary>
    public string IdempotencyKey { get; set; } = "";

    public string TrackingCode { get; set; } = "";

    /// <summary>The media asset whose social card goes with the message, checked against the network's limits at enqueue.</summary>
    public string? ImageAssetId { get; set; }

    /// <summary>The image's alt text as the editor saw it in the preview.</summary>
    public string? ImageAlt { get; set; }

    public DeliveryState State { get; set; }

    public DateTime NotBeforeUtc { get; set; }

    public string? LeaseHolder { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When "Reintentar" last queued it again; its age (see <see cref="SyndicationOptions.MaxAge"/>) counts from here, or else from <see cref="CreatedUtc"/>.</summary>
    public DateTime? QueuedUtc { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>For updates and deletions: the post's id on the network.</summary>
    public string? RemoteId { get; set; }

    public string? RemoteUrl { get; set; }

    public string? LastError { get; set; }

    public ErrorKind? LastErrorKind { get; set; }

    public int Clicks { get; set; }

    /// <summary>For an answer: the reaction answered. Its <see cref="VersionId"/> is the answer's own id, minted when the answer form was shown, so a form sent twice queues one answer.</summary>
    public long? InteractionId { get; set; }

    /// <summary>For an answer: the post answered, and its version where the network needs one (Bluesky's CID).</summary>
    public string? ReplyToRemoteId { get; set; }

    public string? ReplyToVersion { get; set; }

    /// <summary>For an answer: the first post of the conversation (ours), which Bluesky names as the reply's root.</summary>
    public string? ReplyRootRemoteId { get; set; }

    public string? ReplyRootVersion { get; set; }

    /// <summary>
    /// For an answer that tells without answering (a receipt with the reference, a survey invitation): the
    /// conversation stays waiting for staff's answer once it is sent.
    /// </summary>
    public bool Notice { get; set; }
}
