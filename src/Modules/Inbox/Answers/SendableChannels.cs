using Portal.Inbox.Requests;

namespace Portal.Inbox.Answers;

/// <summary>The channels the portal can write to now: those a registered sender handles.</summary>
public static class SendableChannels
{
    public static IReadOnlyList<InboxChannel> Of(IEnumerable<IChannelSender> senders)
    {
        var list = senders.ToList();
        return [.. Enum.GetValues<InboxChannel>().Where(c => InboxChannels.CanSend(c) && list.Any(s => s.Handles(c)))];
    }
}
