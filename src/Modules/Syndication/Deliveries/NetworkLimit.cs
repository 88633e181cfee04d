namespace Portal.Syndication.Deliveries;

/// <summary>
/// What a network documents about how fast one account may publish: a budget per window, what one call costs
/// of it, the least time between two calls, and how long to pause when the network says "too much" without
/// saying until when. Bound from <c>Portal:Syndication:Limits:&lt;Network&gt;</c>; the figures change, so they live in configuration.
/// </summary>
public sealed class NetworkLimit
{
    /// <summary>Units per <see cref="Window"/> (requests, or Bluesky's points); null when the network publishes no figure and only its answers count.</summary>
    public int? Budget { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Units one call spends.</summary>
    public int Cost { get; set; } = 1;

    /// <summary>The least time between two calls to the same channel, whatever the budget.</summary>
    public TimeSpan Spacing { get; set; }

    /// <summary>How long the channel waits after a refusal or a usage warning that names no time.</summary>
    public TimeSpan Pause { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The documented figures, as of 2026.</summary>
    public static Dictionary<SocialNetwork, NetworkLimit> Documented() => new()
    {
        // 300 requests per 5 minutes per account (docs.joinmastodon.org/api/rate-limits).
        [SocialNetwork.Mastodon] = new() { Budget = 300, Window = TimeSpan.FromMinutes(5) },

        // 5,000 points an hour per account, a created record costing 3 (docs.bsky.app, "Rate limits").
        [SocialNetwork.Bluesky] = new() { Budget = 5_000, Window = TimeSpan.FromHours(1), Cost = 3 },

        // 100 posts per 15 minutes per user; lower access tiers allow far fewer a day and must be configured.
        [SocialNetwork.X] = new() { Budget = 100, Window = TimeSpan.FromMinutes(15) },

        // The bot FAQ: at most 20 messages a minute to one channel, and no more than about one a second per chat.
        // Telegram counts over any minute and reports nothing, which a window of ours, starting when we please,
        // cannot promise; even spacing can: one message every 3 s never puts 21 in a minute, and the extra half
        // second absorbs the varying time a request takes to reach Telegram.
        [SocialNetwork.Telegram] = new() { Budget = 20, Window = TimeSpan.FromMinutes(1), Spacing = TimeSpan.FromSeconds(3.5) },

        // Meta publishes no count, only usage percentages in its answers (X-App-Usage and
        // X-Business-Use-Case-Usage, see MetaUsage). It computes the app's figures over a rolling hour, so after an
        // hour every call behind a warning has left the window; when Meta estimates a shorter wait, that is used.
        [SocialNetwork.Facebook] = new() { Budget = null, Pause = TimeSpan.FromHours(1) },

        // LinkedIn publishes no per-member figure; its 429 answers are obeyed.
        [SocialNetwork.LinkedIn] = new() { Budget = null },
    };
}
