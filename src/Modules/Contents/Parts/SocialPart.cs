using Portal.Core.Content;

namespace Portal.Contents.Parts;

/// <summary>Texts for sharing on social networks, per network; a network not listed uses the SEO and common texts.</summary>
public sealed class SocialPart
{
    /// <summary>Keyed by a <see cref="SocialNetworks"/> id.</summary>
    public Dictionary<string, SocialTexts> Networks { get; set; } = [];
}

public sealed class SocialTexts
{
    [TextLimit(TextLimits.Line)]
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>Without the leading "#".</summary>
    [TextLimit(TextLimits.Line)]
    public List<string> Hashtags { get; set; } = [];
}

public static class SocialNetworks
{
    public const string Facebook = "facebook";
    public const string X = "x";
    public const string LinkedIn = "linkedin";
    public const string Instagram = "instagram";
    public const string Mastodon = "mastodon";
    public const string Bluesky = "bluesky";

    public static IReadOnlyList<string> All { get; } = [Facebook, X, LinkedIn, Instagram, Mastodon, Bluesky];
}
