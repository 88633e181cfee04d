using Portal.Inbox.Calendar;

namespace Portal.Inbox.Clocks;

/// <summary>What a clock has been paused for so far: office time, and days whose end passed while it stood paused.</summary>
public readonly record struct PausedTime(TimeSpan Working, int WorkingDays, int CalendarDays)
{
    /// <summary>The pause from <paramref name="fromUtc"/> to <paramref name="toUtc"/> added to this one.</summary>
    public PausedTime Add(BusinessCalendar calendar, DateTime fromUtc, DateTime toUtc) => new(
        Working + calendar.WorkingTime(fromUtc, toUtc),
        WorkingDays + calendar.DaysEndedBetween(fromUtc, toUtc, workingOnly: true),
        CalendarDays + calendar.DaysEndedBetween(fromUtc, toUtc, workingOnly: false));
}

/// <summary>
/// The deadline arithmetic of the response-time clocks, on a business calendar. Pure: the same inputs give the
/// same instants, which the unit tests check against hand calculations.
/// </summary>
public static class BusinessClock
{
    /// <summary>
    /// When a clock started at <paramref name="startUtc"/> with <paramref name="target"/> is due, once extended by
    /// its pauses.
    /// <list type="bullet">
    /// <item>Hours count office time only, and a pause adds back the office time it lasted.</item>
    /// <item>Days follow Ley 39/2015 arts. 30 and 31: something filed on a non-working day counts as filed on the
    /// next working day (art. 31.2.b); counting starts the day after; the deadline ends at 23:59:59 of the Nth
    /// working day. A pause adds the working days at whose end the clock stood paused: the law suspends a deadline
    /// while the citizen is asked for something (art. 22.1.a) and a day counts whole or not at all, so a day is
    /// lost to the pause exactly when the pause held at the moment the day would have been counted.</item>
    /// <item>Months end on the same day number N months later (the last day of a shorter month), moved to the next
    /// working day if that is not one (art. 30.4 and 30.5). A pause adds the calendar days at whose end it held,
    /// since a deadline in months runs on calendar days.</item>
    /// </list>
    /// </summary>
    public static DateTime Due(BusinessCalendar calendar, DateTime startUtc, ClockTarget target, PausedTime paused) => target.Unit switch
    {
        TargetUnit.WorkingHours => calendar.AddWorkingTime(startUtc, TimeSpan.FromHours(target.Amount) + paused.Working),
        TargetUnit.WorkingDays => BusinessCalendar.EndOfDayUtc(calendar.AddWorkingDays(FiledOn(calendar, startUtc), target.Amount + paused.WorkingDays)),
        TargetUnit.CalendarMonths => BusinessCalendar.EndOfDayUtc(calendar.NextWorkingDay(FiledOn(calendar, startUtc).AddMonths(target.Amount).AddDays(paused.CalendarDays))),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, null),
    };

    /// <summary>Office time a clock ran between its start and <paramref name="untilUtc"/>, pauses excluded.</summary>
    public static TimeSpan Elapsed(BusinessCalendar calendar, DateTime startUtc, DateTime untilUtc, PausedTime paused)
    {
        var elapsed = calendar.WorkingTime(startUtc, untilUtc) - paused.Working;
        return elapsed > TimeSpan.Zero ? elapsed : TimeSpan.Zero;
    }

    /// <summary>
    /// When a running (not paused) clock reaches <paramref name="percent"/> of its target: the share of the office
    /// time between its start and its due instant, pauses excluded; 100 % is the due instant itself, since a day
    /// deadline ends at midnight, hours after the office closed.
    /// </summary>
    public static DateTime Reaches(BusinessCalendar calendar, DateTime startUtc, DateTime dueUtc, PausedTime paused, int percent, DateTime nowUtc)
    {
        if (percent >= 100)
        {
            return dueUtc;
        }

        var budget = Elapsed(calendar, startUtc, dueUtc, paused);
        var mark = budget * (percent / 100.0);
        var elapsed = Elapsed(calendar, startUtc, nowUtc, paused);
        return mark <= elapsed ? nowUtc : calendar.AddWorkingTime(nowUtc, mark - elapsed);
    }

    /// <summary>Art. 31.2.b: what arrives on a non-working day is taken as filed on the next working day.</summary>
    private static DateOnly FiledOn(BusinessCalendar calendar, DateTime startUtc) =>
        calendar.NextWorkingDay(BusinessCalendar.LocalDate(startUtc));
}
