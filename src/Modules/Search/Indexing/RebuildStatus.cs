namespace Portal.Search.Indexing;

/// <summary>Where the latest rebuild is: what the admin page shows.</summary>
public sealed record RebuildStatus(bool Running, int Done, int Total, DateTimeOffset? StartedUtc, DateTimeOffset? FinishedUtc, bool Failed)
{
    public static RebuildStatus Idle { get; } = new(false, 0, 0, null, null, false);

    public int Percent => Total == 0 ? (Running ? 0 : 100) : Math.Min(100, Done * 100 / Total);
}
