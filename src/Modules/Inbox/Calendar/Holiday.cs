namespace Portal.Inbox.Calendar;

/// <summary>Who declared a holiday: the State, the autonomous community, or the town council.</summary>
public enum HolidayScope
{
    National,
    Regional,
    Local,
}

/// <summary>A día inhábil: no office hours, and it does not count as a working day for legal deadlines.</summary>
public sealed class Holiday
{
    public const string TableName = "InboxHolidays";
    public const int NameLength = 200;

    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    public HolidayScope Scope { get; set; }
}
