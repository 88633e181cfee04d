using Microsoft.Extensions.Localization;
using Portal.Inbox.Requests;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Answers;

/// <summary>Answers on the public networks are answers under the citizen's post, queued as Syndication's reply deliveries.</summary>
internal sealed class SocialChannelSender(AnswerCommands answers, IStringLocalizer<InboxResources> S) : IChannelSender
{
    public bool Handles(InboxChannel channel) => InboxChannels.IsPublic(channel);

    public async Task<ChannelSendResult> QueueAsync(RequestMessage to, string text, string answerId, MessagePurpose purpose, CancellationToken cancellationToken)
    {
        // A message staff recorded by hand (one read out on the phone) has no post on the network to answer under.
        if (to.InteractionId is not { } interactionId)
        {
            return new ChannelSendResult(null, [S["Answer_NoPost"]]);
        }

        // A receipt or a survey invitation leaves the conversation waiting for staff on the Conversations page.
        var result = await answers.QueueAsync(interactionId, answerId, text, MessagePurposes.IsNotice(purpose), cancellationToken);
        return new ChannelSendResult(result.DeliveryId, result.Errors);
    }
}
