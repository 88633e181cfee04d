using System.Net.Http.Headers;
using System.Text;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>
/// X OAuth 2.0: access tokens last two hours, and every refresh returns a new pair whose refresh token replaces the
/// old one (which stops working). A confidential client authenticates with HTTP Basic; a public one names itself.
/// </summary>
public sealed class XTokenClient : ITokenClient
{
    public SocialNetwork Network => SocialNetwork.X;

    public TimeSpan Margin => TimeSpan.FromMinutes(5);

    public bool CanRenew(ChannelCredentials credentials) =>
        !string.IsNullOrEmpty(credentials.RefreshToken) && !string.IsNullOrEmpty(credentials.ClientId);

    public bool MustRenew(ChannelCredentials credentials) => false;

    public Task<TokenRenewal> RenewAsync(Channel channel, ChannelCredentials credentials, HttpClient http, TimeProvider clock, CancellationToken cancellationToken) =>
        OAuthRefresh.SendAsync(
            http,
            NetworkDefaults.TokenUrl(SocialNetwork.X, channel.ApiBaseUrl),
            [new("grant_type", "refresh_token"), new("refresh_token", credentials.RefreshToken!), new("client_id", credentials.ClientId!)],
            ClientAuthentication(credentials.ClientId!, credentials.ClientSecret),
            credentials,
            clock,
            cancellationToken);

    /// <summary>HTTP Basic for a confidential client; none for a public one.</summary>
    internal static AuthenticationHeaderValue? ClientAuthentication(string clientId, string? clientSecret) =>
        string.IsNullOrEmpty(clientSecret)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{clientSecret}")));
}
