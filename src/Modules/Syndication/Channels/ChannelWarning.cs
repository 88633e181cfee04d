namespace Portal.Syndication.Channels;

public enum ChannelWarningKind
{
    /// <summary>The network refused the credentials (or their renewal): deliveries wait until someone reconnects the channel.</summary>
    Blocked,

    AccessExpired,

    AccessExpiresSoon,

    /// <summary>The refresh token itself has expired (LinkedIn's last a year): renewing no longer works.</summary>
    RenewalExpired,

    RenewalExpiresSoon,
}

/// <summary>What staff must be told about a channel's access, and the moment it concerns.</summary>
public sealed record ChannelWarning(ChannelWarningKind Kind, DateTime? AtUtc)
{
    /// <summary>How long before a known expiry that nothing will renew staff are warned.</summary>
    public static readonly TimeSpan Notice = TimeSpan.FromDays(7);

    /// <param name="renews">Whether the channel renews its access token by itself, so only its refresh token's expiry matters.</param>
    public static ChannelWarning? Of(Channel channel, bool renews, DateTime nowUtc) => channel switch
    {
        { State: ChannelState.Disabled } => null,
        { State: ChannelState.Blocked } => new(ChannelWarningKind.Blocked, null),
        { RefreshExpiresUtc: { } refresh } when renews && refresh <= nowUtc => new(ChannelWarningKind.RenewalExpired, refresh),
        { RefreshExpiresUtc: { } refresh } when renews && refresh - Notice <= nowUtc => new(ChannelWarningKind.RenewalExpiresSoon, refresh),
        { TokenExpiresUtc: { } access } when !renews && access <= nowUtc => new(ChannelWarningKind.AccessExpired, access),
        { TokenExpiresUtc: { } access } when !renews && access - Notice <= nowUtc => new(ChannelWarningKind.AccessExpiresSoon, access),
        _ => null,
    };
}
