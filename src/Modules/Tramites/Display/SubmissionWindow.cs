using Portal.Tramites.Model;

namespace Portal.Tramites.Display;

public enum WindowStatus
{
    Open,
    Closed,
    Upcoming,
}

/// <summary>Whether applications are accepted on a given day of the site's calendar (the tag Abierto / Cerrado / Próximamente).</summary>
public static class SubmissionWindow
{
    /// <param name="today">Today in the site's time zone: a period's days start and end at local midnight.</param>
    public static WindowStatus StatusOn(SubmissionPeriod period, ProcedureStatus status, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (status != ProcedureStatus.Active)
        {
            return WindowStatus.Closed;
        }

        if (period.Kind != SubmissionPeriodKind.BetweenDates)
        {
            // All year, or counted from each person's own event: always open to someone.
            return WindowStatus.Open;
        }

        if (period.Opens is { } opens && today < opens)
        {
            return WindowStatus.Upcoming;
        }

        return period.Closes is { } closes && today > closes ? WindowStatus.Closed : WindowStatus.Open;
    }
}
