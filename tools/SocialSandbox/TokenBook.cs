using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;

namespace SocialSandbox;

/// <summary>An access token and its refresh token, as a network's token endpoint hands them out.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, DateTime AccessExpiresUtc, DateTime? RefreshExpiresUtc);

/// <summary>
/// The tokens the sandbox issued, per network. A refresh spends its refresh token and issues a new pair (rotation),
/// so a client that keeps using the old one is refused, as X and Bluesky refuse it. Access tokens are only checked on
/// a network that was told to (<see cref="Enforce"/> or <see cref="Expire"/>): callers that bring any bearer keep working.
/// </summary>
public sealed class TokenBook
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, NetworkTokens> _networks = [];

    /// <summary>The pair an authorization would give, as if an administrator had just connected the account.</summary>
    public TokenPair Grant(string network)
    {
        lock (_gate)
        {
            var tokens = Tokens(network);
            return tokens.Issue(DateTime.UtcNow, tokens.RefreshLifetime is { } lifetime ? DateTime.UtcNow + lifetime : null);
        }
    }

    /// <summary>Spends <paramref name="refreshToken"/> and issues a new pair; null when it was never issued, already spent or expired.</summary>
    /// <remarks>The new refresh token keeps the old one's expiry: LinkedIn counts a refresh token's life from the first authorization.</remarks>
    public TokenPair? Rotate(string network, string refreshToken)
    {
        lock (_gate)
        {
            var tokens = Tokens(network);
            if (!tokens.Refresh.TryGetValue(refreshToken, out var refresh) || refresh.Spent || refresh.ExpiresUtc <= DateTime.UtcNow)
            {
                return null;
            }

            tokens.Refresh[refreshToken] = refresh with { Spent = true };
            return tokens.Issue(DateTime.UtcNow, refresh.ExpiresUtc);
        }
    }

    /// <summary>Whether <paramref name="refreshToken"/> was issued here and already spent (Bluesky tells "revoked" from "unknown").</summary>
    public bool WasSpent(string network, string refreshToken)
    {
        lock (_gate)
        {
            return Tokens(network).Refresh.TryGetValue(refreshToken, out var refresh) && refresh.Spent;
        }
    }

    /// <summary>From now on the network answers 401 to a bearer it did not issue or that has expired.</summary>
    public void Enforce(string network)
    {
        lock (_gate)
        {
            Tokens(network).Enforced = true;
        }
    }

    /// <summary>Every access token issued so far on the network expires now, and access tokens are checked from now on.</summary>
    public void Expire(string network)
    {
        lock (_gate)
        {
            var tokens = Tokens(network);
            tokens.Enforced = true;
            foreach (var token in tokens.Access.Keys.ToList())
            {
                tokens.Access[token] = DateTime.UtcNow.AddSeconds(-1);
            }
        }
    }

    /// <summary>Whether a call carrying <paramref name="bearer"/> is let through.</summary>
    public bool Accepts(string network, string bearer)
    {
        lock (_gate)
        {
            var tokens = Tokens(network);
            return !tokens.Enforced || (tokens.Access.TryGetValue(bearer, out var expires) && expires > DateTime.UtcNow);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _networks.Clear();
        }
    }

    private NetworkTokens Tokens(string network)
    {
        if (!_networks.TryGetValue(network, out var tokens))
        {
            tokens = new NetworkTokens(network);
            _networks[network] = tokens;
        }

        return tokens;
    }

    private sealed record RefreshToken(DateTime? ExpiresUtc, bool Spent);

    private sealed class NetworkTokens(string network)
    {
        public Dictionary<string, DateTime> Access { get; } = [];

        public Dictionary<string, RefreshToken> Refresh { get; } = [];

        public bool Enforced { get; set; }

        /// <summary>X: two hours; LinkedIn: 60 days; a Bluesky access JWT: two hours; Mastodon's do not expire (ten years here).</summary>
        public TimeSpan AccessLifetime { get; } = network switch
        {
            "linkedin" => TimeSpan.FromDays(60),
            "mastodon" => TimeSpan.FromDays(3650),
            _ => TimeSpan.FromHours(2),
        };

        /// <summary>LinkedIn's refresh tokens last a year and Bluesky's 90 days; X's have no fixed expiry.</summary>
        public TimeSpan? RefreshLifetime { get; } = network switch
        {
            "linkedin" => TimeSpan.FromDays(365),
            "bluesky" => TimeSpan.FromDays(90),
            _ => null,
        };

        public TokenPair Issue(DateTime nowUtc, DateTime? refreshExpiresUtc)
        {
            var accessExpires = nowUtc + AccessLifetime;
            var pair = network == "bluesky"
                ? new TokenPair(Jwt("com.atproto.access", accessExpires), Jwt("com.atproto.refresh", refreshExpiresUtc ?? nowUtc.AddDays(90)), accessExpires, refreshExpiresUtc)
                : new TokenPair($"{network}-access-{Guid.NewGuid():N}", $"{network}-refresh-{Guid.NewGuid():N}", accessExpires, refreshExpiresUtc);
            Access[pair.AccessToken] = accessExpires;
            Refresh[pair.RefreshToken] = new RefreshToken(refreshExpiresUtc, Spent: false);
            return pair;
        }

        /// <summary>A JWT-shaped token (unsigned) whose <c>exp</c> a client can read, as it reads a real session's.</summary>
        private static string Jwt(string scope, DateTime expiresUtc)
        {
            var header = new JsonObject { ["typ"] = "at+jwt", ["alg"] = "ES256K" };
            var payload = new JsonObject
            {
                ["scope"] = scope,
                ["sub"] = "did:plc:sandboxportal",
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["iat"] = new DateTimeOffset(DateTime.UtcNow).ToUnixTimeSeconds(),
                ["exp"] = new DateTimeOffset(expiresUtc).ToUnixTimeSeconds(),
            };
            return $"{Encode(header)}.{Encode(payload)}.sandbox";
        }

        private static string Encode(JsonObject json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
