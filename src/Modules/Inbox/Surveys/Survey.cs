namespace Portal.Inbox.Surveys;

/// <summary>
/// The satisfaction survey of one resolution cycle of a request: sent once when it closes, reminded once at most,
/// answered once through its unguessable link.
/// </summary>
public sealed class Survey
{
    public const string TableName = "InboxSurveys";
    public const int CommentLength = 1000;

    public long Id { get; set; }

    public long RequestId { get; set; }

    public int Cycle { get; set; }

    public string Token { get; set; } = "";

    public DateTime SentUtc { get; set; }

    public DateTime? RemindedUtc { get; set; }

    public DateTime? AnsweredUtc { get; set; }

    /// <summary>1 (very bad) to 5 (very good).</summary>
    public int? Score { get; set; }

    /// <summary>The citizen's "was it solved?", when they said.</summary>
    public bool? Solved { get; set; }

    public string? Comment { get; set; }
}
