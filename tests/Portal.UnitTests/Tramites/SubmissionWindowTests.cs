using Portal.Tramites.Display;
using Portal.Tramites.Model;

namespace Portal.UnitTests.Tramites;

public sealed class SubmissionWindowTests
{
    private static readonly SubmissionPeriod April = new()
    {
        Kind = SubmissionPeriodKind.BetweenDates, Opens = new DateOnly(2027, 4, 1), Closes = new DateOnly(2027, 4, 30),
    };

    [Theory]
    [InlineData(2027, 3, 31, WindowStatus.Upcoming)]
    [InlineData(2027, 4, 1, WindowStatus.Open)]
    [InlineData(2027, 4, 30, WindowStatus.Open)]
    [InlineData(2027, 5, 1, WindowStatus.Closed)]
    public void A_period_between_dates_includes_both_days(int year, int month, int day, WindowStatus expected) =>
        Assert.Equal(expected, SubmissionWindow.StatusOn(April, ProcedureStatus.Active, new DateOnly(year, month, day)));

    [Fact]
    public void All_year_and_after_an_event_are_always_open()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.Equal(WindowStatus.Open, SubmissionWindow.StatusOn(new SubmissionPeriod(), ProcedureStatus.Active, today));
        Assert.Equal(WindowStatus.Open, SubmissionWindow.StatusOn(new SubmissionPeriod { Kind = SubmissionPeriodKind.AfterEvent, Days = 90 }, ProcedureStatus.Active, today));
    }

    [Theory]
    [InlineData(ProcedureStatus.Suspended)]
    [InlineData(ProcedureStatus.NoOpenCall)]
    public void A_procedure_that_is_not_active_is_closed(ProcedureStatus status) =>
        Assert.Equal(WindowStatus.Closed, SubmissionWindow.StatusOn(April, status, new DateOnly(2027, 4, 15)));

    [Fact]
    public void An_open_ended_period_is_open_from_its_first_day()
    {
        var fromMay = new SubmissionPeriod { Kind = SubmissionPeriodKind.BetweenDates, Opens = new DateOnly(2027, 5, 1) };
        Assert.Equal(WindowStatus.Upcoming, SubmissionWindow.StatusOn(fromMay, ProcedureStatus.Active, new DateOnly(2027, 4, 30)));
        Assert.Equal(WindowStatus.Open, SubmissionWindow.StatusOn(fromMay, ProcedureStatus.Active, new DateOnly(2030, 1, 1)));
    }
}
