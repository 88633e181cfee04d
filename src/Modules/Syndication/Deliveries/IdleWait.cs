namespace Portal.Syndication.Deliveries;

/// <summary>How long an idle dispatcher worker sleeps before it looks for work again.</summary>
public static class IdleWait
{
    /// <summary>Wakes a little after the due time, so the delivery is due when the worker claims it.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Until the next waiting delivery falls due, or the poll interval when that is sooner (or nothing waits). The due
    /// time was read a moment before <paramref name="nowUtc"/>, so on a loaded machine it may already have passed:
    /// then the worker looks again at once rather than asking for a negative wait.
    /// </summary>
    public static TimeSpan Until(DateTime? nextDueUtc, DateTime nowUtc, TimeSpan pollInterval) =>
        nextDueUtc - nowUtc is { } wait && wait < pollInterval ? (wait > TimeSpan.Zero ? wait : TimeSpan.Zero) + Margin : pollInterval;
}
