namespace Portal.Syndication.Connecting;

/// <summary>
/// The app Portal registered on a Mastodon instance for one redirect URI (<c>POST /api/v1/apps</c>), kept so every
/// channel on that instance connects with it. The client id and secret are encrypted.
/// </summary>
public sealed class MastodonApp
{
    public const string TableName = "SyndicationMastodonApps";

    public int Id { get; set; }

    /// <summary>The instance's origin in lower case (<c>https://mastodon.social</c>).</summary>
    public string Instance { get; set; } = "";

    public string RedirectUri { get; set; } = "";

    /// <summary>A <see cref="ConnectClient"/> encrypted with Data Protection.</summary>
    public string ProtectedClient { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
