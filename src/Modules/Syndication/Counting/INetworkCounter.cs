namespace Portal.Syndication.Counting;

/// <summary>A network's own length rules. Pure code: the preview, the enqueue check and the tests use the same counter.</summary>
public interface INetworkCounter
{
    SocialNetwork Network { get; }

    MessageCount Count(string text, CountingOptions options);
}

public static class NetworkCounters
{
    private static readonly Dictionary<SocialNetwork, INetworkCounter> All = new INetworkCounter[]
    {
        new MastodonCounter(), new BlueskyCounter(), new XCounter(),
        new TelegramCounter(), new LinkedInCounter(), new FacebookCounter(),
    }.ToDictionary(c => c.Network);

    public static INetworkCounter For(SocialNetwork network) => All[network];
}
