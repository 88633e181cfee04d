using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>
/// One clock of a request: running while <see cref="EndUtc"/> is null, then the measurement the reports read.
/// Channel, unit, category and owner are copied from the request when it stops, so a report groups by who had it
/// then without joining the requests.
/// </summary>
public sealed class RequestClock
{
    public const string TableName = "InboxClocks";

    public long Id { get; set; }

    public long RequestId { get; set; }

    public int Cycle { get; set; }

    public ClockKind Kind { get; set; }

    public DateTime StartUtc { get; set; }

    public DateTime? EndUtc { get; set; }

    /// <summary>Set while the request waits on the citizen or another unit.</summary>
    public DateTime? PausedSinceUtc { get; set; }

    public long PausedWorkingSeconds { get; set; }

    public int PausedWorkingDays { get; set; }

    public int PausedCalendarDays { get; set; }

    public int? TargetAmount { get; set; }

    public TargetUnit? TargetUnit { get; set; }

    /// <summary>Null without a target.</summary>
    public DateTime? DueUtc { get; set; }

    /// <summary>The highest warning written: 0, a configured percentage, or 100 at breach.</summary>
    public int WarnedPercent { get; set; }

    /// <summary>When the background task must look at it next; null when stopped, paused or without a target.</summary>
    public DateTime? NextWarningUtc { get; set; }

    /// <summary>Office time from start to end, pauses excluded; set when it stops.</summary>
    public long? ElapsedSeconds { get; set; }

    /// <summary>Stopped by its due instant; null without a target.</summary>
    public bool? Met { get; set; }

    public InboxChannel Channel { get; set; }

    public int? UnitId { get; set; }

    public int? CategoryId { get; set; }

    public string? OwnerId { get; set; }

    public ClockTarget? Target => TargetAmount is { } amount && TargetUnit is { } unit ? new ClockTarget(amount, unit) : null;

    public PausedTime Paused => new(TimeSpan.FromSeconds(PausedWorkingSeconds), PausedWorkingDays, PausedCalendarDays);
}
