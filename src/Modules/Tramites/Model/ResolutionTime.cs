namespace Portal.Tramites.Model;

/// <summary>The legal maximum time to decide (SIA PLAZORESOLUCION), e.g. 3 months.</summary>
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
