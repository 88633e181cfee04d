using System.Text.Json.Nodes;

namespace SocialSandbox;

/// <summary>What an OAuth 2.0 token endpoint answers (RFC 6749, section 5), as X and LinkedIn word it (and Mastodon, without refresh tokens).</summary>
public static class OAuthAnswers
{
    public static Outcome Tokens(TokenPair pair, string scope)
    {
        var body = new JsonObject
        {
            ["token_type"] = "bearer",
            ["access_token"] = pair.AccessToken,
            ["expires_in"] = SecondsLeft(pair.AccessExpiresUtc),
            ["refresh_token"] = pair.RefreshToken,
            ["scope"] = scope,
        };
        if (pair.RefreshExpiresUtc is { } refreshExpires)
        {
            body["refresh_token_expires_in"] = SecondsLeft(refreshExpires);
        }

        return new Outcome(Results.Json(body), 200);
    }

    /// <summary>Mastodon's answer: a token that does not expire, and no refresh token.</summary>
    public static Outcome AccessOnly(TokenPair pair, string scope) => new(
        Results.Json(new JsonObject
        {
            ["access_token"] = pair.AccessToken,
            ["token_type"] = "Bearer",
            ["scope"] = scope,
            ["created_at"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        }),
        200);

    /// <summary>
    /// The token endpoint's two grants, as X and LinkedIn serve them: a code for a first pair, a refresh token for the
    /// next one (rotated). Each network words its refusals its own way.
    /// </summary>
    public static Outcome Grant(JsonObject body, string network, string clientId, string? verifier, string scope, Wording refusals, TokenBook tokens, AuthorizationBook book) =>
        body.Text("grant_type") switch
        {
            "authorization_code" => book.Redeem(network, body.Text("code"), clientId, body.Text("redirect_uri"), verifier) is { } problem
                ? Error("invalid_request", problem)
                : Tokens(tokens.Grant(network), scope),
            "refresh_token" => tokens.Rotate(network, body.Text("refresh_token")) is { } pair
                ? Tokens(pair, scope)
                : Error("invalid_request", refusals.RefreshToken),
            _ => Error("unsupported_grant_type", refusals.GrantType),
        };

    public static Outcome Error(string error, string description, int status = 400) =>
        new(Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status), status);

    private static long SecondsLeft(DateTime utc) => (long)Math.Round((utc - DateTime.UtcNow).TotalSeconds);
}

/// <summary>How a network words a refused refresh token and a grant it does not serve.</summary>
public sealed record Wording(string RefreshToken, string GrantType);
