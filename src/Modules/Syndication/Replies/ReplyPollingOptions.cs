using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// Bound from <c>Portal:Syndication:Replies</c>. Push brings most replies at once where a network offers it; the poll
/// catches what push lost, so it runs everywhere, more often while a post is young and the conversation alive.
/// </summary>
public sealed class ReplyPollingOptions
{
    public const string Section = "Portal:Syndication:Replies";

    /// <summary>Whether this node reads the networks (every node may; leases keep them apart).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often a post's conversation is read, by its age: each stage applies until the post is that old. After the
    /// last stage the post is no longer read (its mentions still arrive through the account's notifications).
    /// Configured stages replace <see cref="DefaultStages"/> (a bound list would otherwise add to them).
    /// </summary>
    public List<PollStage> Stages { get; set; } = [];

    public static IReadOnlyList<PollStage> DefaultStages { get; } =
    [
        new() { Until = TimeSpan.FromDays(1), Every = TimeSpan.FromMinutes(15) },
        new() { Until = TimeSpan.FromDays(7), Every = TimeSpan.FromHours(1) },
        new() { Until = TimeSpan.FromDays(30), Every = TimeSpan.FromDays(1) },
    ];

    /// <summary>How often each account's notifications and mentions are read.</summary>
    public TimeSpan MentionsEvery { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often an idle reader looks for due work (a webhook wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Reads run at the same time by one node.</summary>
    public int Concurrency { get; set; } = 2;

    /// <summary>Pages one read may take from a network (a thread of thousands of replies is read over several polls).</summary>
    public int MaxPages { get; set; } = 20;

    /// <summary>
    /// Each network's budget for reads, kept apart from publishing so that listening never delays a post. The
    /// documented figures leave room for publishing where the network counts both together (Mastodon).
    /// </summary>
    public Dictionary<SocialNetwork, NetworkLimit> ReadLimits { get; init; } = new()
    {
        // 300 requests per 5 minutes per account, shared with publishing: reads take at most half.
        [SocialNetwork.Mastodon] = new() { Budget = 150, Window = TimeSpan.FromMinutes(5) },

        // 3,000 requests per 5 minutes per IP for the AppView's reads (docs.bsky.app, "Rate limits").
        [SocialNetwork.Bluesky] = new() { Budget = 1_500, Window = TimeSpan.FromMinutes(5) },

        // Recent search and mentions are metered per 15 minutes and by plan; the low tiers allow few reads.
        [SocialNetwork.X] = new() { Budget = 60, Window = TimeSpan.FromMinutes(15) },

        // getUpdates is not metered; one read a second is plenty.
        [SocialNetwork.Telegram] = new() { Budget = 60, Window = TimeSpan.FromMinutes(1) },

        // Meta reports usage percentages instead of counts (see MetaUsage).
        [SocialNetwork.Facebook] = new() { Budget = null, Pause = TimeSpan.FromHours(1) },

        // The Community Management API's daily application limit, shared by the organization's reads.
        [SocialNetwork.LinkedIn] = new() { Budget = 500, Window = TimeSpan.FromDays(1) },
    };

    /// <summary>When a post published at <paramref name="postedUtc"/> is read next after <paramref name="now"/>; null once its schedule has ended.</summary>
    public DateTime? NextPoll(DateTime postedUtc, DateTime now)
    {
        var age = now - postedUtc;
        return EffectiveStages.FirstOrDefault(s => age < s.Until) is { } stage ? now + stage.Every : null;
    }

    public IReadOnlyList<PollStage> EffectiveStages => Stages.Count > 0 ? Stages : DefaultStages;
}

public sealed class PollStage
{
    /// <summary>The post's age up to which the stage applies; a stage configured without one applies for good.</summary>
    public TimeSpan Until { get; set; } = TimeSpan.MaxValue;

    public TimeSpan Every { get; set; }
}
