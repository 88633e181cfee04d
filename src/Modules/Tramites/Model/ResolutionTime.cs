namespace Portal.Tramites.Model;

/// <summary>A time to decide, e.g. 3 months: the legal maximum (SIA PLAZORESOLUCION) or the usual one (TIEMPOMEDIORESOLUCION).</summary>
public sealed class ResolutionTime
{
    public int? Number { get; set; }

    public ResolutionUnit Unit { get; set; }
}

public enum ResolutionUnit
{
    Months,
    WorkingDays,
    CalendarDays,
}

/// <summary>What an unanswered application means once the time is over (LPAC arts. 24–25).</summary>
public enum SilenceEffect
{
    /// <summary>Not chosen yet; publishing needs a choice.</summary>
    Unset,
    Approval,
    Rejection,
    NotApplicable,
}
