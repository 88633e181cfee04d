using Portal.Inbox.Requests;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Answers;

/// <summary>Answers on the public networks are answers under the citizen's post, queued as Syndication's reply deliveries.</summary>
internal sealed class SocialChannelSender(AnswerCommands answers) : IChannelSender
{
    public bool Handles(InboxChannel channel) => InboxChannels.IsPublic(channel);

    public async Task<ChannelSendResult> QueueAsync(RequestMessage to, string text, string answerId, CancellationToken cancellationToken)
    {
        if (to.InteractionId is not { } interactionId)
        {
            throw new InvalidOperationException("A message from a public network always comes from a stored reaction.");
        }

        var result = await answers.QueueAsync(interactionId, answerId, text, cancellationToken);
        return new ChannelSendResult(result.DeliveryId, result.Errors);
    }
}
