using Portal.Inbox.Requests;

namespace Portal.Inbox.Answers;

/// <summary>What a channel did with an answer: the delivery that carries it, or what the person must fix.</summary>
public sealed record ChannelSendResult(long? DeliveryId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Sends staff's words to a citizen on one kind of channel, with that channel's guarantees (once, retried, its
/// failures explained). The public networks are one; each private channel adds its own.
/// </summary>
public interface IChannelSender
{
    bool Handles(InboxChannel channel);

    /// <summary>
    /// Queues <paramref name="text"/> after <paramref name="to"/>, the citizen's message it follows; the
    /// <paramref name="purpose"/> tells an answer from what only informs (a receipt, a survey invitation).
    /// </summary>
    Task<ChannelSendResult> QueueAsync(RequestMessage to, string text, string answerId, MessagePurpose purpose, CancellationToken cancellationToken);
}
