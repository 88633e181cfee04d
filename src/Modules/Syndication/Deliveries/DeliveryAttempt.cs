namespace Portal.Syndication.Deliveries;

/// <summary>One call to a network, append-only: the answer to "why did this not go out?".</summary>
public sealed class DeliveryAttempt
{
    public const string TableName = "SyndicationAttempts";
    public const int EndpointLength = 400;
    public const int BodyLength = 1000;

    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public DateTime StartedUtc { get; set; }

    public string Endpoint { get; set; } = "";

    public int? HttpStatus { get; set; }

    public string? Body { get; set; }

    public long LatencyMs { get; set; }

    /// <summary>Null while the call is in flight (intent recorded, effect unknown).</summary>
    public string? Outcome { get; set; }

    public int? BudgetRemaining { get; set; }

    /// <summary>The highest usage percentage Meta reported in the answer.</summary>
    public int? UsagePercent { get; set; }
}
