using Portal.Inbox.Calendar;
using Portal.Inbox.Clocks;

namespace Portal.UnitTests.Inbox.Clocks;

/// <summary>
/// Deadlines worked out by hand on the seeded calendar (Monday to Friday 9:00–14:00, Spain's national holidays).
/// Madrid is UTC+1 in winter and UTC+2 in summer; every expected instant below is written in UTC with its local
/// time beside it.
/// </summary>
public sealed class BusinessClockTests
{
    private static readonly ClockTarget Hours24 = new(24, TargetUnit.WorkingHours);

    private static readonly BusinessCalendar Office = Calendar(new()
    {
        [DayOfWeek.Monday] = [Span(9, 0, 14, 0)],
        [DayOfWeek.Tuesday] = [Span(9, 0, 14, 0)],
        [DayOfWeek.Wednesday] = [Span(9, 0, 14, 0)],
        [DayOfWeek.Thursday] = [Span(9, 0, 14, 0)],
        [DayOfWeek.Friday] = [Span(9, 0, 14, 0)],
    });

    /// <summary>Mon–Thu 9:00–14:00 and 16:00–18:30, Fri 9:00–14:00.</summary>
    private static readonly BusinessCalendar SplitShift = Calendar(new()
    {
        [DayOfWeek.Monday] = [Span(9, 0, 14, 0), Span(16, 0, 18, 30)],
        [DayOfWeek.Tuesday] = [Span(9, 0, 14, 0), Span(16, 0, 18, 30)],
        [DayOfWeek.Wednesday] = [Span(9, 0, 14, 0), Span(16, 0, 18, 30)],
        [DayOfWeek.Thursday] = [Span(9, 0, 14, 0), Span(16, 0, 18, 30)],
        [DayOfWeek.Friday] = [Span(9, 0, 14, 0)],
    });

    [Fact]
    public void A_Friday_evening_message_with_a_holiday_in_between_is_due_after_24_office_hours()
    {
        // Friday 4 Dec 2026 19:00 (18:00 UTC): the office is closed until Monday. Mon 7 gives 5 h, Tue 8 is the
        // Inmaculada, Wed 9, Thu 10 and Fri 11 give 15 h (20 h), Mon 14 the last 4 h: 13:00 local, 12:00 UTC.
        var start = Utc(2026, 12, 4, 18, 0);

        var due = BusinessClock.Due(Office, start, Hours24, default);

        Assert.Equal(Utc(2026, 12, 14, 12, 0), due);
        Assert.Equal(TimeSpan.FromHours(24), Office.WorkingTime(start, due));
    }

    [Fact]
    public void Working_days_start_the_day_after_skip_weekends_and_holidays_and_end_at_midnight()
    {
        // Friday 4 Dec 2026 19:00 is a working day, so counting starts on Saturday 5. Working days: 7, 9, 10, 11, 14,
        // 15, 16, 17, 18, 21, 22, 23, 24 (13), 28, 29, 30, 31 (17; 25 Dec is Navidad), 4 and 5 Jan (19; 1 Jan is
        // Año Nuevo), 7 Jan (20; 6 Jan is Reyes). Due on Thursday 7 Jan 2027 at 23:59:59 local, 22:59:59 UTC.
        var due = BusinessClock.Due(Office, Utc(2026, 12, 4, 18, 0), new ClockTarget(20, TargetUnit.WorkingDays), default);

        Assert.Equal(Utc(2027, 1, 7, 22, 59, 59), due);
    }

    [Fact]
    public void What_arrives_on_a_non_working_day_counts_as_filed_on_the_next_working_day()
    {
        // Saturday 5 Dec 2026 counts as Monday 7 (art. 31.2.b); counting starts on Tuesday 8, a holiday, so the first
        // working day is Wednesday 9 and the twentieth is Friday 8 Jan 2027 (one day later than for Friday's message).
        var due = BusinessClock.Due(Office, Utc(2026, 12, 5, 10, 0), new ClockTarget(20, TargetUnit.WorkingDays), default);

        Assert.Equal(Utc(2027, 1, 8, 22, 59, 59), due);
    }

    [Fact]
    public void A_split_shift_counts_only_its_two_stretches()
    {
        // Monday 14 Dec 2026 13:00 local, 4 h: 13–14 (1 h), 16–18:30 (3.5 h), Tuesday 9:00–9:30. 9:30 local = 8:30 UTC.
        var start = Utc(2026, 12, 14, 12, 0);

        var due = BusinessClock.Due(SplitShift, start, new ClockTarget(4, TargetUnit.WorkingHours), default);

        Assert.Equal(Utc(2026, 12, 15, 8, 30), due);
        // Until 17:00 local only 13–14 and 16–17 count: 2 h, not 4.
        Assert.Equal(TimeSpan.FromHours(2), SplitShift.WorkingTime(start, Utc(2026, 12, 14, 16, 0)));
    }

    [Fact]
    public void A_pause_while_waiting_for_the_citizen_adds_its_office_hours_to_an_hour_target()
    {
        // Monday 14 Dec 2026 10:00 local, 24 h: without a pause, Mon 4 + Tue..Fri 5 each = Friday 18 at 14:00 local.
        // Paused from Tuesday 15 12:00 to Thursday 17 10:00 local: 2 h + 5 h + 1 h = 8 office hours. 32 h: Friday
        // brings 24, Monday 21 brings 29, Tuesday 22 the last 3: 12:00 local, 11:00 UTC.
        var start = Utc(2026, 12, 14, 9, 0);
        Assert.Equal(Utc(2026, 12, 18, 13, 0), BusinessClock.Due(Office, start, Hours24, default));

        var paused = default(PausedTime).Add(Office, Utc(2026, 12, 15, 11, 0), Utc(2026, 12, 17, 9, 0));

        Assert.Equal(TimeSpan.FromHours(8), paused.Working);
        Assert.Equal(Utc(2026, 12, 22, 11, 0), BusinessClock.Due(Office, start, Hours24, paused));
        // At Tuesday 22 11:00 local the clock ran 4 + 5·5 + 2 = 31 office hours, 8 of them paused: 23 h.
        Assert.Equal(TimeSpan.FromHours(23), BusinessClock.Elapsed(Office, start, Utc(2026, 12, 22, 10, 0), paused));
    }

    [Fact]
    public void A_pause_adds_the_working_days_whose_end_it_spanned_to_a_day_target()
    {
        // Monday 14 Dec 2026, 20 working days: 15..18 (4), 21..24 (8), 28..31 (12), 4, 5, 7, 8 Jan (16), 11..14 (20):
        // Thursday 14 Jan 2027. Paused Tuesday 15 12:00 to Thursday 17 10:00: the ends of Tuesday 15 and Wednesday 16
        // passed while paused, so two more working days: Friday 15 and Monday 18 Jan 2027.
        var start = Utc(2026, 12, 14, 9, 0);
        var twenty = new ClockTarget(20, TargetUnit.WorkingDays);
        Assert.Equal(Utc(2027, 1, 14, 22, 59, 59), BusinessClock.Due(Office, start, twenty, default));

        var paused = default(PausedTime).Add(Office, Utc(2026, 12, 15, 11, 0), Utc(2026, 12, 17, 9, 0));

        Assert.Equal(2, paused.WorkingDays);
        Assert.Equal(Utc(2027, 1, 18, 22, 59, 59), BusinessClock.Due(Office, start, twenty, paused));
    }

    [Fact]
    public void A_month_ends_on_the_last_day_of_a_shorter_month_moved_to_the_next_working_day()
    {
        // Friday 30 Jan 2026 + 1 month: there is no 30 February, so Saturday 28 February, moved to Monday 2 March
        // 2026, 23:59:59 local (22:59:59 UTC).
        var due = BusinessClock.Due(Office, Utc(2026, 1, 30, 9, 0), new ClockTarget(1, TargetUnit.CalendarMonths), default);

        Assert.Equal(Utc(2026, 3, 2, 22, 59, 59), due);
    }

    [Fact]
    public void Office_hours_keep_their_local_time_across_the_spring_clock_change()
    {
        // Friday 27 Mar 2026 13:00 CET (12:00 UTC), 4 h: 13–14 on Friday, then Monday 30 (CEST, UTC+2) 9:00–12:00.
        // 12:00 CEST is 10:00 UTC; adding 3 h in UTC to Monday 9:00 CET would have said 11:00 UTC.
        var due = BusinessClock.Due(Office, Utc(2026, 3, 27, 12, 0), new ClockTarget(4, TargetUnit.WorkingHours), default);

        Assert.Equal(Utc(2026, 3, 30, 10, 0), due);
    }

    [Fact]
    public void An_office_open_through_the_autumn_change_counts_the_hour_that_repeats()
    {
        // Sunday 25 Oct 2026, 1:00–4:00 local: 1:00 CEST is 23:00 UTC on the 24th and 4:00 CET is 03:00 UTC, four
        // real hours, since 2:00–3:00 happens twice.
        var night = Calendar(new() { [DayOfWeek.Sunday] = [Span(1, 0, 4, 0)] });

        Assert.Equal(TimeSpan.FromHours(4), night.WorkingTime(Utc(2026, 10, 24, 12, 0), Utc(2026, 10, 25, 12, 0)));
    }

    [Fact]
    public void Warnings_fall_at_their_share_of_the_office_time_and_the_breach_at_the_due_instant()
    {
        // Monday 14 Dec 2026 9:00 local, 10 h: due Tuesday 14:00 local. 50 % is after 5 h, Monday 14:00 local;
        // 80 % after 8 h, Tuesday 12:00 local (11:00 UTC).
        var start = Utc(2026, 12, 14, 8, 0);
        var due = BusinessClock.Due(Office, start, new ClockTarget(10, TargetUnit.WorkingHours), default);

        Assert.Equal(Utc(2026, 12, 15, 13, 0), due);
        Assert.Equal(Utc(2026, 12, 14, 13, 0), BusinessClock.Reaches(Office, start, due, default, 50, start));
        Assert.Equal(Utc(2026, 12, 15, 11, 0), BusinessClock.Reaches(Office, start, due, default, 80, start));
        Assert.Equal(due, BusinessClock.Reaches(Office, start, due, default, 100, start));
    }

    [Theory]
    [InlineData(2026, 4, 3)]
    [InlineData(2027, 3, 26)]
    [InlineData(2025, 4, 18)]
    public void Good_Friday_follows_the_Gregorian_computus(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), SpanishHolidays.GoodFriday(year));

    [Fact]
    public void The_seeded_national_holidays_of_2026_fall_where_the_calendar_says()
    {
        var holidays = SpanishHolidays.National(2026).ToDictionary(h => h.Date, h => h.Name);

        Assert.Equal(10, holidays.Count);
        Assert.Equal(DayOfWeek.Tuesday, new DateOnly(2026, 12, 8).DayOfWeek);
        Assert.Equal("Inmaculada Concepción", holidays[new DateOnly(2026, 12, 8)]);
        Assert.Equal("Viernes Santo", holidays[new DateOnly(2026, 4, 3)]);
    }

    [Theory]
    [InlineData("9:00-14:00, 16:00-18:30", "9:00-14:00, 16:00-18:30", null)]
    [InlineData("16.00-18.30,9-14", "9:00-14:00, 16:00-18:30", null)]
    [InlineData("", "", null)]
    [InlineData("14:00-9:00", "", WeekHoursError.EndBeforeStart)]
    [InlineData("9:00-14:00, 13:00-15:00", "", WeekHoursError.Overlap)]
    [InlineData("mañanas", "", WeekHoursError.Format)]
    [InlineData("9:00-25:00", "", WeekHoursError.Format)]
    public void A_days_hours_are_read_as_typed_or_refused_with_the_reason(string text, string formatted, WeekHoursError? error)
    {
        var (spans, refused) = WeekHours.Parse(text);

        Assert.Equal(error, refused);
        Assert.Equal(formatted, WeekHours.Format(spans));
    }

    private static BusinessCalendar Calendar(Dictionary<DayOfWeek, IReadOnlyList<WorkingSpan>> week) =>
        new(week, SpanishHolidays.National(2025).Concat(SpanishHolidays.National(2026)).Concat(SpanishHolidays.National(2027)).Select(h => h.Date).ToHashSet());

    private static WorkingSpan Span(int fromHour, int fromMinute, int toHour, int toMinute) => new(new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) => new(year, month, day, hour, minute, second, DateTimeKind.Utc);
}
