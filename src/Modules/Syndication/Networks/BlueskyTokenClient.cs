using System.Net.Http.Headers;
using System.Net.Http.Json;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// Bluesky sessions, kept in the channel's credentials so a restart reuses them: <c>createSession</c> is limited
/// (30 per 5 minutes, 300 a day), so a session is renewed with <c>refreshSession</c> (which spends the refresh JWT
/// and returns a new pair) and created again from the app password only when that is refused.
/// </summary>
public sealed class BlueskyTokenClient : ITokenClient
{
    public SocialNetwork Network => SocialNetwork.Bluesky;

    public TimeSpan Margin => TimeSpan.FromMinutes(5);

    public bool CanRenew(ChannelCredentials credentials) => HasSession(credentials) || Password(credentials) is not null;

    public bool MustRenew(ChannelCredentials credentials) => !HasSession(credentials);

    public async Task<TokenRenewal> RenewAsync(Channel channel, ChannelCredentials credentials, HttpClient http, TimeProvider clock, CancellationToken cancellationToken)
    {
        TokenRenewal? refreshed = null;
        if (HasSession(credentials))
        {
            using var refresh = new HttpRequestMessage(HttpMethod.Post, Url(channel, "com.atproto.server.refreshSession"));
            refresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials.RefreshToken);
            refreshed = await SendAsync(http, refresh, credentials, password: null, cancellationToken);
            if (refreshed.Succeeded || refreshed.Outcome.Error != ErrorKind.Auth)
            {
                return refreshed;
            }
        }

        var password = Password(credentials);
        if (password is null)
        {
            return refreshed ?? new TokenRenewal(new SendOutcome(Url(channel, "com.atproto.server.createSession"), null, null, 0)
            {
                Error = ErrorKind.Auth,
                Message = "No app password to create a session with.",
            });
        }

        using var create = new HttpRequestMessage(HttpMethod.Post, Url(channel, "com.atproto.server.createSession"))
        {
            Content = JsonContent.Create(new { identifier = channel.Account, password }),
        };
        return await SendAsync(http, create, credentials, password, cancellationToken);
    }

    /// <remarks>A session call posts nothing: an exchange that brought no answer can always be tried again.</remarks>
    private static Task<TokenRenewal> SendAsync(HttpClient http, HttpRequestMessage request, ChannelCredentials credentials, string? password, CancellationToken cancellationToken) =>
        NetworkCall.SendAsync(http, request, response => Read(response, credentials, password), failure => new TokenRenewal(NetworkCall.Repeatable(failure)), cancellationToken);

    private static TokenRenewal Read(NetworkResponse response, ChannelCredentials credentials, string? password)
    {
        var json = response.Json();
        var accessJwt = json?["accessJwt"]?.ToString();
        if (!response.IsSuccess)
        {
            var outcome = NetworkCall.Classify(response, idempotent: true, BlueskyAdapter.Message(response), response.EpochHeader("RateLimit-Reset"));

            // 400 ExpiredToken or InvalidToken (a spent or expired refresh JWT), 401 (a wrong password): these credentials are done.
            return new TokenRenewal(response.Code is 400 or 401 ? outcome with { Error = ErrorKind.Auth } : outcome);
        }

        if (string.IsNullOrWhiteSpace(accessJwt))
        {
            return new TokenRenewal(response.Outcome() with { Error = ErrorKind.Transient, Message = "The session endpoint answered without an access token." });
        }

        return new TokenRenewal(response.Outcome())
        {
            Credentials = credentials.With(new ChannelCredentials(accessJwt, json?["refreshJwt"]?.ToString(), password) { Did = json?["did"]?.ToString() }),
            AccessExpiresUtc = JwtExpiry.Of(accessJwt),
        };
    }

    private static bool HasSession(ChannelCredentials credentials) =>
        !string.IsNullOrEmpty(credentials.Did) && !string.IsNullOrEmpty(credentials.RefreshToken) && credentials.AccessToken.Length > 0;

    /// <summary>The app password; channels connected before it had its own field kept it as the access token.</summary>
    private static string? Password(ChannelCredentials credentials) =>
        !string.IsNullOrEmpty(credentials.AppPassword) ? credentials.AppPassword
        : string.IsNullOrEmpty(credentials.Did) && credentials.AccessToken.Length > 0 ? credentials.AccessToken
        : null;

    private static string Url(Channel channel, string method) => channel.ApiBaseUrl.TrimEnd('/') + "/xrpc/" + method;
}
