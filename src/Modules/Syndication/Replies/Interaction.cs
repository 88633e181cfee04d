namespace Portal.Syndication.Replies;

public enum InteractionKind
{
    /// <summary>An answer in the conversation under one of our posts (or under another answer in it).</summary>
    Reply,

    /// <summary>A post naming our account outside our conversations.</summary>
    Mention,

    /// <summary>A post quoting one of ours.</summary>
    Quote,
}

/// <summary>Where a reaction stands for staff: new until someone answers it (from the portal or on the network) or sets it aside.</summary>
public enum InteractionState
{
    New,
    Answered,
    Dismissed,
}

/// <summary>
/// A public reaction to our account on a network, stored once per (channel, remote id) however it arrived (a
/// webhook, a poll, both, twice). Threaded to its parent by remote id, and to our post and content item when it
/// belongs to one of our conversations. Our own answers are stored too (<see cref="Mine"/>), so a thread reads
/// as on the network.
/// </summary>
public sealed class Interaction
{
    public const string TableName = "SyndicationInteractions";
    public const int RemoteIdLength = 300;
    public const int HandleLength = 200;
    public const int NameLength = 200;
    public const int UrlLength = 1000;
    public const int TextLength = 20_000;

    public long Id { get; set; }

    public SocialNetwork Network { get; set; }

    public int ChannelId { get; set; }

    public string RemoteId { get; set; } = "";

    /// <summary>The network's version of the post when it has one (Bluesky's CID, needed to answer it).</summary>
    public string? RemoteVersion { get; set; }

    public InteractionKind Kind { get; set; }

    /// <summary>The post this one answers or quotes: ours or another reaction.</summary>
    public string? ParentRemoteId { get; set; }

    /// <summary>Our post whose conversation this belongs to; null for a mention elsewhere.</summary>
    public long? WatchedPostId { get; set; }

    public long? DeliveryId { get; set; }

    public string? ItemId { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorHandle { get; set; } = "";

    public string? AuthorName { get; set; }

    public string? AuthorUrl { get; set; }

    /// <summary>The words as plain text: what staff read, search and quote.</summary>
    public string Text { get; set; } = "";

    /// <summary>The words as sanitised HTML (links kept, scripts and styles gone), safe to show in the admin.</summary>
    public string Html { get; set; } = "";

    public string? Url { get; set; }

    /// <summary>Written by our account: an answer sent from the portal, or one typed on the network itself.</summary>
    public bool Mine { get; set; }

    /// <summary>Its words and author were erased (a data-subject request, retention): a later read never refills them.</summary>
    public bool Erased { get; set; }

    /// <summary>Ours and sent as a <see cref="Deliveries.Delivery.Notice"/>: it does not answer the reaction it is under.</summary>
    public bool Notice { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? EditedUtc { get; set; }

    public DateTime ImportedUtc { get; set; }

    public InteractionState State { get; set; }

    /// <summary>The atención ciudadana request this reaction belongs to, once it is one.</summary>
    public long? RequestId { get; set; }
}
