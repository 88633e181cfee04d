namespace Portal.Inbox.Desk;

/// <summary>A member of staff named in an internal note (<c>@usuario</c>): their inbox lists it until they open the request.</summary>
public sealed class RequestMention
{
    public const string TableName = "InboxMentions";

    public long Id { get; set; }

    public long RequestId { get; set; }

    /// <summary>The note's line in the log.</summary>
    public long EventId { get; set; }

    public string UserId { get; set; } = "";

    public DateTime AtUtc { get; set; }

    /// <summary>The person opened the request since: the mark goes.</summary>
    public bool Seen { get; set; }
}
