using Portal.Syndication;

namespace Portal.Inbox.Requests;

/// <summary>How a message came or went. Public networks first; the private channels follow.</summary>
public enum InboxChannel
{
    Mastodon,
    Bluesky,
    Telegram,
    Facebook,
    X,
    LinkedIn,
    WhatsApp,
    TelegramChat,
    WebForm,
    Email,
    Phone,
    Counter,
}

public static class InboxChannels
{
    /// <summary>Whether what is written there can be read by anyone: such messages never carry personal data out.</summary>
    public static bool IsPublic(InboxChannel channel) => channel <= InboxChannel.LinkedIn;

    /// <summary>Conversations staff only record (a call, a visit): nothing is sent there from the portal.</summary>
    public static IReadOnlyList<InboxChannel> Recorded { get; } = [InboxChannel.Phone, InboxChannel.Counter];

    public static bool CanSend(InboxChannel channel) => !Recorded.Contains(channel);

    public static InboxChannel Of(SocialNetwork network) => network switch
    {
        SocialNetwork.Mastodon => InboxChannel.Mastodon,
        SocialNetwork.Bluesky => InboxChannel.Bluesky,
        SocialNetwork.Telegram => InboxChannel.Telegram,
        SocialNetwork.Facebook => InboxChannel.Facebook,
        SocialNetwork.X => InboxChannel.X,
        SocialNetwork.LinkedIn => InboxChannel.LinkedIn,
        _ => throw new ArgumentOutOfRangeException(nameof(network), network, null),
    };
}
