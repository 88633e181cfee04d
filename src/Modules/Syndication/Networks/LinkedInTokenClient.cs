using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>
/// LinkedIn: access tokens last 60 days; approved apps also get a refresh token that lasts a year from the
/// authorization (renewing does not extend it). Without one the channel is only warned about before it expires.
/// </summary>
public sealed class LinkedInTokenClient : ITokenClient
{
    public SocialNetwork Network => SocialNetwork.LinkedIn;

    public TimeSpan Margin => TimeSpan.FromDays(7);

    public bool CanRenew(ChannelCredentials credentials) =>
        !string.IsNullOrEmpty(credentials.RefreshToken) && !string.IsNullOrEmpty(credentials.ClientId) && !string.IsNullOrEmpty(credentials.ClientSecret);

    public bool MustRenew(ChannelCredentials credentials) => false;

    public Task<TokenRenewal> RenewAsync(Channel channel, ChannelCredentials credentials, HttpClient http, TimeProvider clock, CancellationToken cancellationToken) =>
        OAuthRefresh.SendAsync(
            http,
            NetworkDefaults.TokenUrl(SocialNetwork.LinkedIn, channel.ApiBaseUrl),
            [
                new("grant_type", "refresh_token"),
                new("refresh_token", credentials.RefreshToken!),
                new("client_id", credentials.ClientId!),
                new("client_secret", credentials.ClientSecret!),
            ],
            authorization: null,
            credentials,
            clock,
            cancellationToken);
}
