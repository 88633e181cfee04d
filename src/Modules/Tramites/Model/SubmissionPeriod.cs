namespace Portal.Tramites.Model;

/// <summary>When applications are accepted; it drives the Abierto / Cerrado / Próximamente tag.</summary>
public sealed class SubmissionPeriod
{
    public SubmissionPeriodKind Kind { get; set; }

    /// <summary>The first day, in the site's time zone (<see cref="SubmissionPeriodKind.BetweenDates"/>).</summary>
    public DateOnly? Opens { get; set; }

    /// <summary>The last day, included, in the site's time zone.</summary>
    public DateOnly? Closes { get; set; }

    /// <summary>How many days after the event (<see cref="SubmissionPeriodKind.AfterEvent"/>).</summary>
    public int? Days { get; set; }

    public DayKind DayKind { get; set; }

    /// <summary>What starts the count, completing "desde …": "la fecha del nacimiento o de la adopción".</summary>
    public string? Event { get; set; }
}

public enum SubmissionPeriodKind
{
    AllYear,
    BetweenDates,
    AfterEvent,
}

public enum DayKind
{
    /// <summary>Días hábiles: without Saturdays, Sundays and holidays (LPAC art. 30).</summary>
    Working,
    Calendar,
}
