namespace Portal.Syndication.Replies;

public enum BlockScope
{
    /// <summary>One account, by its handle on the network.</summary>
    Account,

    /// <summary>Every account of a domain or instance (the part after the last <c>@</c>, or a Bluesky handle's domain).</summary>
    Domain,
}

/// <summary>An account or a whole domain staff have blocked on a network: what it writes is not imported, and what was imported is removed.</summary>
public sealed class BlockedSender
{
    public const string TableName = "SyndicationBlockedSenders";
    public const int ValueLength = 200;

    public int Id { get; set; }

    public SocialNetwork Network { get; set; }

    public BlockScope Scope { get; set; }

    public string Value { get; set; } = "";

    public string BlockedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
