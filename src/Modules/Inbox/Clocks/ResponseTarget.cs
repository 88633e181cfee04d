using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>
/// How long one kind of clock may run for requests of a category and/or channel (null matches any). The most
/// specific row wins: category and channel, then category, then channel, then neither.
/// </summary>
public sealed class ResponseTarget
{
    public const string TableName = "InboxTargets";

    public int Id { get; set; }

    public int? CategoryId { get; set; }

    public InboxChannel? Channel { get; set; }

    public ClockKind Kind { get; set; }

    public int Amount { get; set; }

    public TargetUnit Unit { get; set; }

    public ClockTarget Target => new(Amount, Unit);

    /// <summary>The row of <paramref name="targets"/> that applies, or null when none does (the clock then runs without a target).</summary>
    public static ResponseTarget? Pick(IEnumerable<ResponseTarget> targets, ClockKind kind, int? categoryId, InboxChannel channel) => targets
        .Where(t => t.Kind == kind && (t.CategoryId is null || t.CategoryId == categoryId) && (t.Channel is null || t.Channel == channel))
        .OrderByDescending(t => (t.CategoryId is null ? 0 : 2) + (t.Channel is null ? 0 : 1))
        .FirstOrDefault();
}
