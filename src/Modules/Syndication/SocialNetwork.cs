namespace Portal.Syndication;

/// <summary>The networks a channel can publish to. Stored by name, so never rename a member.</summary>
public enum SocialNetwork
{
    Mastodon,
    Bluesky,
    Telegram,
    Facebook,
    X,
    LinkedIn,
}
