namespace Portal.Inbox.Clocks;

/// <summary>At what share of a target the owner and the unit are warned; the breach (100 %) is always warned.</summary>
public sealed class ClockSettings
{
    public IReadOnlyList<int> WarningPercents { get; init; } = [50, 80];
}
