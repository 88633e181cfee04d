namespace Portal.Inbox.Clocks;

public enum TargetUnit
{
    /// <summary>Office hours of the business calendar.</summary>
    WorkingHours,

    /// <summary>Legal working days (Ley 39/2015 art. 30.2): every day but Saturdays, Sundays and holidays.</summary>
    WorkingDays,

    /// <summary>Calendar months, as Ley 39/2015 art. 30.4 counts them.</summary>
    CalendarMonths,
}

/// <summary>What a clock measures.</summary>
public enum ClockKind
{
    /// <summary>From the citizen's first message to the first answer.</summary>
    FirstResponse,

    /// <summary>From a citizen's message that came after an answer to the next answer.</summary>
    NextResponse,

    /// <summary>From the first message of a cycle to the request being answered, closed or rejected.</summary>
    Resolution,
}

/// <summary>How long a clock may run: 24 working hours, 20 working days, 1 month.</summary>
public readonly record struct ClockTarget(int Amount, TargetUnit Unit);
