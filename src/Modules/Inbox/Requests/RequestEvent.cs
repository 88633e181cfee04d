namespace Portal.Inbox.Requests;

public enum RequestEventKind
{
    Created,
    MessageReceived,
    MessageSent,
    NoteAdded,
    StateChanged,
    Assigned,
    CategoryChanged,
    MessageMoved,
    Split,
    MarkedDuplicate,
    PersonMerged,
    PersonUnmerged,
    Redacted,
    OriginalRead,
    Exported,
    Warning,
    Anonymised,
    SurveyAnswered,
    PublicAnswerChanged,
}

/// <summary>
/// One line of the append-only log: who did what to a request (or a person), when, and why. Nothing updates or
/// deletes a line except the retention rule that anonymises a whole request.
/// </summary>
public sealed class RequestEvent
{
    public const string TableName = "InboxEvents";
    public const int DetailLength = 2000;

    public long Id { get; set; }

    public long? RequestId { get; set; }

    public long? PersonId { get; set; }

    public long? MessageId { get; set; }

    public RequestEventKind Kind { get; set; }

    /// <summary>The member of staff; null for the system (intake, clocks, retention).</summary>
    public string? UserId { get; set; }

    public RequestState? FromState { get; set; }

    public RequestState? ToState { get; set; }

    /// <summary>The reason given, or what changed (old and new unit, the mentioned people...), as plain text.</summary>
    public string? Detail { get; set; }

    public DateTime AtUtc { get; set; }
}
