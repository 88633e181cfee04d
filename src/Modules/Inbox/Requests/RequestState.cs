namespace Portal.Inbox.Requests;

/// <summary>Where a request stands. Stored by name; the order is the usual path through the work.</summary>
public enum RequestState
{
    New,
    Acknowledged,
    InProgress,
    WaitingForCitizen,
    WaitingForUnit,
    Answered,
    Closed,
    Reopened,
    Rejected,
    Duplicate,
}

/// <summary>The one list of what each state means for the work and the clocks.</summary>
public static class RequestStates
{
    /// <summary>States in which the request waits on someone outside the team: the clocks pause.</summary>
    public static bool Pauses(RequestState state) => state is RequestState.WaitingForCitizen or RequestState.WaitingForUnit;

    /// <summary>States that end a resolution cycle; a new citizen message or a reopening starts another.</summary>
    public static bool IsFinished(RequestState state) => state is RequestState.Closed or RequestState.Rejected or RequestState.Duplicate;

    /// <summary>States a person sets by hand need a reason.</summary>
    public static bool NeedsReason(RequestState state) => state is RequestState.Rejected or RequestState.Reopened;

    /// <summary>What staff may move a request to from <paramref name="from"/>.</summary>
    public static IReadOnlyList<RequestState> Next(RequestState from) => from switch
    {
        RequestState.Closed or RequestState.Rejected or RequestState.Duplicate => [RequestState.Reopened],
        _ => Manual.Where(s => s != from).ToList(),
    };

    public static bool CanMove(RequestState from, RequestState to) => Next(from).Contains(to);

    /// <summary>What staff set by hand on an open request; "new", "reopened" and "duplicate" are set by the system or by their own actions.</summary>
    private static readonly RequestState[] Manual =
    [
        RequestState.Acknowledged, RequestState.InProgress, RequestState.WaitingForCitizen, RequestState.WaitingForUnit,
        RequestState.Answered, RequestState.Closed, RequestState.Rejected,
    ];
}
