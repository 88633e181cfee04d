namespace Portal.Syndication.Channels;

/// <summary>Whether a channel sends: a blocked channel keeps its deliveries waiting until someone reconnects it.</summary>
public enum ChannelState
{
    Active,
    Blocked,
    Disabled,
}

/// <summary>An account on one network the portal publishes to, with what the health view shows.</summary>
public sealed class Channel
{
    public const string TableName = "SyndicationChannels";
    public const int NameLength = 100;
    public const int UrlLength = 400;
    public const int AccountLength = 200;
    public const int ErrorLength = 2000;

    public int Id { get; set; }

    public SocialNetwork Network { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The API root: a Mastodon instance, or the network's API (or a sandbox standing in for it).</summary>
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>Mastodon/Bluesky handle, Telegram "@channel", Facebook page id, X user id, LinkedIn organization id.</summary>
    public string Account { get; set; } = "";

    /// <summary>The secrets as JSON, encrypted with Data Protection: never stored or shown in clear.</summary>
    public string ProtectedCredentials { get; set; } = "";

    /// <summary>When the access token stops working, when known: renewed ahead of it where the network allows, otherwise warned about.</summary>
    public DateTime? TokenExpiresUtc { get; set; }

    /// <summary>When the refresh token itself expires (LinkedIn counts a year from the authorization): then only a reconnect helps.</summary>
    public DateTime? RefreshExpiresUtc { get; set; }

    /// <summary>
    /// Grows with every change of <see cref="ProtectedCredentials"/>: renewals and edits write only over the version
    /// they read, so a process that lost the race reads the new tokens instead of spending a rotated refresh token.
    /// </summary>
    public int CredentialsVersion { get; set; }

    /// <summary>While set and in the future, one process is renewing the credentials and the others wait for its result.</summary>
    public DateTime? RenewingUntilUtc { get; set; }

    public ChannelState State { get; set; }

    /// <summary>A Mastodon instance's <c>max_characters</c> (or X premium length); null means the network's default.</summary>
    public int? MaxCharacters { get; set; }

    public DateTime? LastSuccessUtc { get; set; }

    public DateTime? LastErrorUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Requests left in the current window, from the network's headers.</summary>
    public int? RateRemaining { get; set; }

    /// <summary>When the network's window resets; no delivery of this channel is sent before it while the budget is spent.</summary>
    public DateTime? RateResetUtc { get; set; }

    /// <summary>The earliest time of the next call, from the network's spacing (Telegram's messages per chat).</summary>
    public DateTime? NextCallUtc { get; set; }

    /// <summary>The highest usage Meta reported in its last answer, in percent, and which figure it was.</summary>
    public int? UsagePercent { get; set; }

    public string? UsageFigure { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Where the last read of the account's mentions stopped (see <see cref="Replies.INetworkListener.ReadMentionsAsync"/>).</summary>
    public string? MentionsCursor { get; set; }

    /// <summary>When the account's mentions are read next; also held back by a spent read budget.</summary>
    public DateTime? NextMentionsUtc { get; set; }

    public string? MentionsLeaseHolder { get; set; }

    public DateTime? MentionsLeaseUntilUtc { get; set; }

    /// <summary>The read budget, apart from the publishing one so that listening never delays a post: reads left, and when the window resets.</summary>
    public int? ReadRemaining { get; set; }

    public DateTime? ReadResetUtc { get; set; }
}
