namespace Portal.Inbox.Calendar;

/// <summary>
/// One stretch of office hours on a weekday, in Madrid time: a split shift is two of them on the same day
/// (9:00–14:00 and 16:00–18:30). Stored as minutes since midnight so both databases compare them as numbers.
/// </summary>
public sealed class WorkingInterval
{
    public const string TableName = "InboxWorkingHours";

    public int Id { get; set; }

    public DayOfWeek Day { get; set; }

    public int StartMinute { get; set; }

    public int EndMinute { get; set; }

    public WorkingSpan Span => new(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(StartMinute)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(EndMinute)));
}
