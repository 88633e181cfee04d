using Portal.Inbox.Requests;

namespace Portal.Inbox.Status;

/// <summary>What the citizen's status page shows: nothing personal, only where the request stands.</summary>
public sealed record StatusPage(
    string Token,
    string Reference,
    RequestState State,
    string? Unit,
    DateTime ReceivedUtc,
    DateTime? ExpectedUtc,
    DateTime? ClosedUtc,
    string? PublicAnswer,
    PrivateMessageForm Form,
    IReadOnlyList<string> Errors,
    bool Sent);

/// <summary>What the private message form posts. <see cref="Website"/> is a trap field people never see.</summary>
public sealed class PrivateMessageForm
{
    public const int TextLength = 5000;
    public const int ContactLength = 200;

    public string? Text { get; set; }

    public string? Contact { get; set; }

    public string? Website { get; set; }
}
