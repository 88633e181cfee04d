using Portal.Syndication.Deliveries;

namespace Portal.Syndication;

/// <summary>Bound from <c>Portal:Syndication</c>. The defaults suit production; tests and demos shorten the waits.</summary>
public sealed class SyndicationOptions
{
    public const string Section = "Portal:Syndication";

    /// <summary>Whether this node runs the dispatcher (every node may; leases keep them apart).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    /// <summary>How often an idle dispatcher looks for due deliveries (publishing wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a claim lasts; longer than <see cref="HttpTimeout"/> so a live worker never loses its delivery mid-call.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(90);

    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Deliveries sent at the same time by one dispatcher.</summary>
    public int Concurrency { get; set; } = 8;

    public int BatchSize { get; set; } = 32;

    /// <summary>After this many counted attempts a delivery fails (rate-limit waits do not count).</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BackoffCap { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How long a post may take to show in the network's listings before an unfound one is sent again.</summary>
    public TimeSpan ReconcileGrace { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How many pages (of 100 posts on Facebook and X) a lookup for a post whose outcome is unknown reads, back to the
    /// delivery's queueing. A busier account than that is not guessed at: the delivery stops for staff to check.
    /// </summary>
    public int LookupPages { get; set; } = 10;

    /// <summary>How far before the queueing a lookup reads, for a network whose clock runs behind ours.</summary>
    public TimeSpan LookupClockSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>When set, a site with no channels gets one per network pointing at this social sandbox (demos, tests).</summary>
    public string? SandboxUrl { get; set; }

    /// <summary>
    /// How long a post may wait unsent before it fails as expired instead of spreading stale news. Four days
    /// outlast a long weekend (a "puente" from Thursday evening to Monday morning), so a channel that broke on a
    /// holiday can be reconnected on the next working day and still send; beyond that most notices (events,
    /// deadlines, opening hours) are out of date. Age counts from the queueing, which "Reintentar" renews.
    /// </summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(4);

    /// <summary>Each network's documented limits for one account (<c>Portal:Syndication:Limits:&lt;Network&gt;:*</c>), which seed its channels' budgets.</summary>
    public Dictionary<SocialNetwork, NetworkLimit> Limits { get; init; } = NetworkLimit.Documented();
}
