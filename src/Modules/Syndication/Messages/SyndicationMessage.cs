namespace Portal.Syndication.Messages;

/// <summary>What any published item offers a template, whatever its type.</summary>
public sealed record SyndicationMessage(string ContentType, string Title, string Summary, IReadOnlyList<string> Hashtags)
{
    /// <summary>The texts an item's social part sets for one network (its SocialPart id), when it sets any.</summary>
    public IReadOnlyDictionary<string, SyndicationMessage> PerNetwork { get; init; } = new Dictionary<string, SyndicationMessage>();

    public SyndicationMessage For(SocialNetwork network) =>
        PerNetwork.TryGetValue(network.ToString().ToLowerInvariant(), out var own) ? own : this;
}
