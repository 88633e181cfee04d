namespace Portal.Inbox.Requests;

/// <summary>
/// One matter a citizen raised, on any channel, with the reference they are given (<c>VDR-2026-000123-K</c>). It
/// holds the messages of every channel about it; one person may have several. Every change of state, unit, owner
/// or data goes through <see cref="RequestLog"/>, which keeps it in the append-only log.
/// </summary>
public sealed class Request
{
    public const string TableName = "InboxRequests";
    public const int ReferenceLength = 32;
    public const int TokenLength = 32;
    public const int SubjectLength = 200;
    public const int ReasonLength = 1000;
    public const int AnswerLength = 5000;
    public const int UserIdLength = 450;

    public long Id { get; set; }

    /// <summary>Prefix, year, gapless number and check letter: see <see cref="ReferenceNumbers"/>.</summary>
    public string Reference { get; set; } = "";

    public int Year { get; set; }

    public int Number { get; set; }

    /// <summary>Who asked; null once anonymised.</summary>
    public long? PersonId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>The member of staff who has it (an Identity user id).</summary>
    public string? OwnerId { get; set; }

    public int? CategoryId { get; set; }

    public RequestState State { get; set; }

    /// <summary>Why it was rejected or reopened, as staff wrote it.</summary>
    public string? StateReason { get; set; }

    /// <summary>The channel of the first message: where the acknowledgement goes.</summary>
    public InboxChannel Channel { get; set; }

    /// <summary>A short line staff read in the list: the first words of the first message until someone sets it.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The content item the conversation is about, when it started under one of our posts.</summary>
    public string? ItemId { get; set; }

    public long? DuplicateOfId { get; set; }

    /// <summary>Unguessable: the only way to the public status page.</summary>
    public string PublicToken { get; set; } = "";

    /// <summary>What the public status page shows as the answer: written for anyone to read, without personal data.</summary>
    public string? PublicAnswer { get; set; }

    /// <summary>A message of it carries personal data: it is never shown on a public page.</summary>
    public bool PersonalData { get; set; }

    /// <summary>When the citizen first wrote: where every clock starts.</summary>
    public DateTime CreatedUtc { get; set; }

    /// <summary>The last change of any kind, for the list's order.</summary>
    public DateTime UpdatedUtc { get; set; }

    public DateTime LastInboundUtc { get; set; }

    public DateTime? LastOutboundUtc { get; set; }

    /// <summary>A citizen's message came after the last answer: the list marks it unread.</summary>
    public bool AwaitingStaff { get; set; }

    public DateTime? AcknowledgedUtc { get; set; }

    /// <summary>When the first answer is due, set by the clocks on the business calendar; the acknowledgement quotes it.</summary>
    public DateTime? FirstResponseDueUtc { get; set; }

    public DateTime? ResolutionDueUtc { get; set; }

    public DateTime? ClosedUtc { get; set; }

    /// <summary>1 for the first resolution cycle; a reopening starts the next.</summary>
    public int Cycle { get; set; } = 1;
}
