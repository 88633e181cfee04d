using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>The new credentials a renewal gave, or why it failed (the token endpoint's answer, classified).</summary>
public sealed record TokenRenewal(SendOutcome Outcome)
{
    public ChannelCredentials? Credentials { get; init; }

    public DateTime? AccessExpiresUtc { get; init; }

    /// <summary>Null when the network did not say: the stored expiry is kept.</summary>
    public DateTime? RefreshExpiresUtc { get; init; }

    public bool Succeeded => Credentials is not null;
}

/// <summary>How one network renews a channel's access (X and LinkedIn OAuth refresh, Bluesky sessions).</summary>
public interface ITokenClient
{
    SocialNetwork Network { get; }

    /// <summary>How long before the access token's known expiry it is renewed.</summary>
    TimeSpan Margin { get; }

    /// <summary>Whether the credentials carry what a renewal needs.</summary>
    bool CanRenew(ChannelCredentials credentials);

    /// <summary>Whether the credentials cannot be used before a renewal, whatever their expiry (Bluesky without a session).</summary>
    bool MustRenew(ChannelCredentials credentials);

    /// <summary>One call to the token endpoint. The caller stores the result before anyone uses it.</summary>
    Task<TokenRenewal> RenewAsync(Channel channel, ChannelCredentials credentials, HttpClient http, TimeProvider clock, CancellationToken cancellationToken);
}
