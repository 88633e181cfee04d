namespace Portal.Inbox.Requests;

/// <summary>What became of an answer: the message it was stored as, or why it was refused (Spanish, for staff).</summary>
public sealed record AnswerOutcome(long? MessageId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => MessageId is not null;

    public static AnswerOutcome Sent(long messageId) => new(messageId, []);

    public static AnswerOutcome Refused(params string[] errors) => new(null, errors);
}

/// <summary>
/// Sends staff's answer to the citizen on the request's channel and stores it as an outbound message through
/// <see cref="RequestLog"/>. The request page's composer posts here; the caller has checked the person may change
/// the request and begun the unit of work's transaction.
/// </summary>
public interface IRequestAnswerSender
{
    /// <param name="answerId">Chosen by the composer when the form is drawn, so a form sent twice sends one answer.</param>
    Task<AnswerOutcome> SendAsync(Request request, string text, string answerId, string userId, CancellationToken ct);
}
