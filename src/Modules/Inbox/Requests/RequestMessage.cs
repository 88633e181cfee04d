namespace Portal.Inbox.Requests;

public enum MessageDirection
{
    /// <summary>From the citizen.</summary>
    Inbound,

    /// <summary>From us to the citizen.</summary>
    Outbound,

    /// <summary>Between staff only; never sent.</summary>
    Note,
}

/// <summary>Why an outbound message was written: the reports count answers, not receipts or surveys.</summary>
public enum MessagePurpose
{
    Message,
    Acknowledgement,
    MoveToPrivate,
    Survey,
    SurveyReminder,
}

public static class MessagePurposes
{
    /// <summary>Whether it only informs (a receipt, a survey invitation): the citizen still waits for an answer.</summary>
    public static bool IsNotice(MessagePurpose purpose) => purpose is MessagePurpose.Acknowledgement or MessagePurpose.Survey or MessagePurpose.SurveyReminder;
}

/// <summary>How far an outbound message got, as the channel reports it.</summary>
public enum MessageDelivery
{
    /// <summary>Inbound messages, notes, and what needs no sending (a call recorded).</summary>
    None,
    Pending,
    Sent,
    Delivered,
    Read,
    Failed,
}

/// <summary>One message of a request, on any channel, with its channel, time and delivery state.</summary>
public sealed class RequestMessage
{
    public const string TableName = "InboxMessages";
    public const int TextLength = 20_000;
    public const int ExternalIdLength = 300;
    public const int NameLength = 200;
    public const int ErrorLength = 2000;

    public long Id { get; set; }

    public long RequestId { get; set; }

    public MessageDirection Direction { get; set; }

    public MessagePurpose Purpose { get; set; }

    public InboxChannel Channel { get; set; }

    /// <summary>The social channel (Syndication's) it came through or goes out on.</summary>
    public int? ChannelId { get; set; }

    /// <summary>The stored reaction this message is, for public networks; unique, so a reply becomes one message once.</summary>
    public long? InteractionId { get; set; }

    /// <summary>The outbound delivery that carries it to a social network.</summary>
    public long? DeliveryId { get; set; }

    /// <summary>The channel's own id of the message (e-mail Message-ID, WhatsApp wamid); unique per channel.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The member of staff who wrote it (outbound and notes).</summary>
    public string? AuthorUserId { get; set; }

    /// <summary>How the author reads: the citizen's name or handle, or the member of staff's name.</summary>
    public string AuthorName { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>Personal data was found in it: it stays out of every public page and answer.</summary>
    public bool PersonalData { get; set; }

    /// <summary>Staff struck spans out of <see cref="Text"/>; the original is kept encrypted.</summary>
    public bool Redacted { get; set; }

    public MessageDelivery Delivery { get; set; }

    /// <summary>The channel's own words when it failed, for staff to act on.</summary>
    public string? DeliveryError { get; set; }

    public DateTime CreatedUtc { get; set; }
}
