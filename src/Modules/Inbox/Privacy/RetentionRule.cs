namespace Portal.Inbox.Privacy;

public enum RetentionAction
{
    Keep,
    Anonymise,
    Delete,
}

/// <summary>What happens to a category's requests some months after they are closed, as the conservation calendar says.</summary>
public sealed class RetentionRule
{
    public const string TableName = "InboxRetentionRules";
    public const int MaxMonths = 1200;

    public int CategoryId { get; set; }

    public RetentionAction Action { get; set; }

    /// <summary>Counted from the request's closing.</summary>
    public int Months { get; set; }
}

/// <summary>A request retention must not touch (a claim, an inquiry, a court case), with who set it and why.</summary>
public sealed class LegalHold
{
    public const string TableName = "InboxLegalHolds";
    public const int ReasonLength = 1000;

    public long RequestId { get; set; }

    public string Reason { get; set; } = "";

    public string? UserId { get; set; }

    public DateTime SinceUtc { get; set; }
}

/// <summary>One request retention anonymised or deleted: a reference and an action, never the data that went.</summary>
public sealed class RetentionLogEntry
{
    public const string TableName = "InboxRetentionLog";

    public long Id { get; set; }

    /// <summary>When the run started: the lines of one run share it.</summary>
    public DateTime RunUtc { get; set; }

    /// <summary>Who ran it from the page; null for the scheduled run.</summary>
    public string? UserId { get; set; }

    public string Reference { get; set; } = "";

    public int? CategoryId { get; set; }

    public RetentionAction Action { get; set; }

    public DateTime AtUtc { get; set; }
}
