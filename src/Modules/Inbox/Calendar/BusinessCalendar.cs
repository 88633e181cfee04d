using Portal.Inbox.Requests;

namespace Portal.Inbox.Calendar;

/// <summary>A stretch of office hours within a day, in Madrid time.</summary>
public readonly record struct WorkingSpan(TimeOnly Start, TimeOnly End);

/// <summary>
/// The office hours and holidays the clocks count on, in Madrid time. Two notions of "working" meet here: office
/// hours (what the hour targets count) and the legal working day of Ley 39/2015 art. 30.2 (every day but
/// Saturdays, Sundays and holidays, whatever the office hours), which the day and month targets count.
/// </summary>
public sealed class BusinessCalendar(IReadOnlyDictionary<DayOfWeek, IReadOnlyList<WorkingSpan>> week, IReadOnlySet<DateOnly> holidays)
{
    /// <summary>How far the arithmetic looks ahead before it decides a calendar has no office hours at all.</summary>
    private const int HorizonDays = 366 * 20;

    private static readonly TimeOnly LastSecond = new(23, 59, 59);

    public bool IsHoliday(DateOnly date) => holidays.Contains(date);

    /// <summary>A legal working day (día hábil): not a Saturday, a Sunday or a holiday.</summary>
    public bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);

    public IReadOnlyList<WorkingSpan> HoursOn(DateOnly date) =>
        holidays.Contains(date) ? [] : week.GetValueOrDefault(date.DayOfWeek) ?? [];

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(Madrid.ToLocal(utc));

    /// <summary>The last second of a day in Madrid, when a deadline counted in days or months ends.</summary>
    public static DateTime EndOfDayUtc(DateOnly date) => Madrid.ToUtc(date.ToDateTime(LastSecond));

    /// <summary>The day itself if it is a working day, otherwise the next one.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        for (var i = 0; i < HorizonDays; i++, date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException("The calendar has no working day in twenty years.");
    }

    /// <summary>The <paramref name="count"/>th working day after <paramref name="date"/> (the day itself never counts).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        for (var left = count; left > 0;)
        {
            date = NextWorkingDay(date.AddDays(1));
            left--;
        }

        return date;
    }

    /// <summary>Office time between two instants.</summary>
    public TimeSpan WorkingTime(DateTime fromUtc, DateTime toUtc)
    {
        var total = TimeSpan.Zero;
        if (toUtc <= fromUtc)
        {
            return total;
        }

        for (var date = LocalDate(fromUtc); date <= LocalDate(toUtc); date = date.AddDays(1))
        {
            foreach (var (start, end) in UtcSpans(date))
            {
                var from = start > fromUtc ? start : fromUtc;
                var to = end < toUtc ? end : toUtc;
                total += to > from ? to - from : TimeSpan.Zero;
            }
        }

        return total;
    }

    /// <summary>The instant at which <paramref name="amount"/> of office time has passed since <paramref name="fromUtc"/>.</summary>
    public DateTime AddWorkingTime(DateTime fromUtc, TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero)
        {
            return fromUtc;
        }

        var left = amount;
        var date = LocalDate(fromUtc);
        for (var i = 0; i < HorizonDays; i++, date = date.AddDays(1))
        {
            foreach (var (start, end) in UtcSpans(date))
            {
                if (end <= fromUtc)
                {
                    continue;
                }

                var from = start > fromUtc ? start : fromUtc;
                if (left <= end - from)
                {
                    return from + left;
                }

                left -= end - from;
            }
        }

        throw new InvalidOperationException("The calendar has no office hours in twenty years.");
    }

    /// <summary>
    /// How many days ended (their 23:59:59 in Madrid passed) between two instants; with <paramref name="workingOnly"/>
    /// only legal working days count.
    /// </summary>
    public int DaysEndedBetween(DateTime fromUtc, DateTime toUtc, bool workingOnly)
    {
        var count = 0;
        for (var date = LocalDate(fromUtc); date <= LocalDate(toUtc); date = date.AddDays(1))
        {
            var end = EndOfDayUtc(date);
            if (end >= fromUtc && end < toUtc && (!workingOnly || IsWorkingDay(date)))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A day's office hours as UTC instants, so a day on which the clocks change has its real length.</summary>
    private IEnumerable<(DateTime Start, DateTime End)> UtcSpans(DateOnly date) =>
        HoursOn(date).Select(span => (ToUtc(date, span.Start), ToUtc(date, span.End)));

    /// <summary>A local time the spring change skips (2:00–3:00) is read as the hour after it.</summary>
    private static DateTime ToUtc(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        return Madrid.Zone.IsInvalidTime(local) ? Madrid.ToUtc(local.AddHours(1)) : Madrid.ToUtc(local);
    }
}
