namespace Portal.Inbox.Privacy;

/// <summary>
/// The text of a message as it was before staff redacted it, encrypted with Data Protection. Only holders of
/// <see cref="Permissions.ReadOriginals"/> read it, and every reading is logged; retention purges it.
/// </summary>
public sealed class MessageOriginal
{
    public const string TableName = "InboxMessageOriginals";

    public long MessageId { get; set; }

    public long RequestId { get; set; }

    /// <summary>The original text, protected (base64url): no plaintext is ever stored here.</summary>
    public string Protected { get; set; } = "";

    public string? UserId { get; set; }

    public DateTime RedactedUtc { get; set; }
}
