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

    public static Outcome Error(string error, string description, int status = 400) =>
        new(Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status), status);

    private static long SecondsLeft(DateTime utc) => (long)Math.Round((utc - DateTime.UtcNow).TotalSeconds);
}
