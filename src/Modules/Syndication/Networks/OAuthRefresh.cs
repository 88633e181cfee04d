using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>
/// A call to an OAuth 2.0 token endpoint as X, LinkedIn and Mastodon serve it: the <c>refresh_token</c> grant
/// (RFC 6749, section 6) when renewing, the <c>authorization_code</c> grant (section 4.1.3) when connecting.
/// </summary>
internal static class OAuthRefresh
{
    public static async Task<TokenRenewal> SendAsync(
        HttpClient http,
        string tokenUrl,
        IEnumerable<KeyValuePair<string, string>> form,
        AuthenticationHeaderValue? authorization,
        ChannelCredentials credentials,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = authorization;
        // Asking for a token posts nothing: an exchange that brought no answer can always be asked again.
        return await NetworkCall.SendAsync(http, request, response => Read(response, credentials, clock), failure => new TokenRenewal(NetworkCall.Repeatable(failure)), cancellationToken);
    }

    private static TokenRenewal Read(NetworkResponse response, ChannelCredentials credentials, TimeProvider clock)
    {
        var json = response.Json();
        var accessToken = json?["access_token"]?.ToString();
        if (!response.IsSuccess)
        {
            var message = json?["error_description"]?.ToString() ?? json?["error"]?.ToString() ?? response.Status.ToString();
            var outcome = NetworkCall.Classify(response, idempotent: true, message);

            // A spent, expired or revoked refresh token, or a client the network no longer accepts: only a reconnect helps.
            return new TokenRenewal(response.Code is 400 or 401 or 403 ? outcome with { Error = ErrorKind.Auth } : outcome);
        }

        if (string.IsNullOrWhiteSpace(accessToken))
        {
            return new TokenRenewal(response.Outcome() with { Error = ErrorKind.Transient, Message = "The token endpoint answered without an access token." });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return new TokenRenewal(response.Outcome())
        {
            // A refresh token left out of the answer (LinkedIn may keep the same one) leaves the stored one in place.
            Credentials = credentials.With(new ChannelCredentials(accessToken, json?["refresh_token"]?.ToString())),
            AccessExpiresUtc = Seconds(json?["expires_in"]) is { } expiresIn ? now.AddSeconds(expiresIn) : null,
            RefreshExpiresUtc = Seconds(json?["refresh_token_expires_in"]) is { } refreshExpiresIn ? now.AddSeconds(refreshExpiresIn) : null,
        };
    }

    private static long? Seconds(JsonNode? node) =>
        long.TryParse(node?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : null;
}
