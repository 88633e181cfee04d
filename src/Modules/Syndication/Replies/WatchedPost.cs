namespace Portal.Syndication.Replies;

/// <summary>
/// One of our posts whose conversation is read: polled on a schedule that decays with its age
/// (<see cref="ReplyPollingOptions"/>), whatever push brings, and stopped once the schedule ends
/// (<see cref="NextPollUtc"/> null). Also keeps the counts the network last reported.
/// </summary>
public sealed class WatchedPost
{
    public const string TableName = "SyndicationWatchedPosts";
    public const int CursorLength = 400;

    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public int ChannelId { get; set; }

    public SocialNetwork Network { get; set; }

    public string RemoteId { get; set; } = "";

    /// <summary>Where the network keeps the conversation when it is not under the post itself (Telegram: the post's automatic forward in the discussion group).</summary>
    public string? ThreadRemoteId { get; set; }

    public string ItemId { get; set; } = "";

    public DateTime PostedUtc { get; set; }

    public DateTime? NextPollUtc { get; set; }

    public DateTime? LastPolledUtc { get; set; }

    /// <summary>Where the last read stopped, for networks that page forward (X's <c>since_id</c>).</summary>
    public string? Cursor { get; set; }

    public string? LeaseHolder { get; set; }

    public DateTime? LeaseUntilUtc { get; set; }

    public int Likes { get; set; }

    public int Reposts { get; set; }

    public int Replies { get; set; }

    public int Quotes { get; set; }

    public DateTime? CountsUtc { get; set; }

    public string? LastError { get; set; }
}
