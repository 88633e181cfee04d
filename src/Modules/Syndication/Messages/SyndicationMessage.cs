using Portal.Media.Sharing;

namespace Portal.Syndication.Messages;

/// <summary>What any published item offers a template, whatever its type.</summary>
public sealed record SyndicationMessage(string ContentType, string Title, string Summary, IReadOnlyList<string> Hashtags)
{
    /// <summary>The texts an item's social part sets for one network (its SocialPart id), when it sets any.</summary>
    public IReadOnlyDictionary<string, SyndicationMessage> PerNetwork { get; init; } = new Dictionary<string, SyndicationMessage>();

    /// <summary>The item's shared image with its alt text, attached to every network's message; null when it has none.</summary>
    public SharedImage? Image { get; init; }

    public SyndicationMessage For(SocialNetwork network) =>
        PerNetwork.TryGetValue(network.ToString().ToLowerInvariant(), out var own) ? own with { Image = Image } : this;
}
