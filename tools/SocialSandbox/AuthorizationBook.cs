using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace SocialSandbox;

/// <summary>A code the authorize page handed out, and what its redemption must repeat.</summary>
public sealed record AuthorizationGrant(string Network, string ClientId, string RedirectUri, string? CodeChallenge);

/// <summary>An app registered on the sandbox's Mastodon (<c>POST /api/v1/apps</c>).</summary>
public sealed record RegisteredApp(string ClientId, string ClientSecret, string RedirectUri);

/// <summary>
/// The authorization-code grant (RFC 6749, section 4.1): codes are single-use, tied to the client and redirect URI
/// that asked for them and, with PKCE (RFC 7636), redeemed only with the verifier whose S256 hash was the challenge.
/// </summary>
public sealed class AuthorizationBook
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AuthorizationGrant> _codes = [];
    private readonly Dictionary<string, RegisteredApp> _apps = [];

    public string Issue(AuthorizationGrant grant)
    {
        var code = "code-" + Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _codes[code] = grant;
        }

        return code;
    }

    /// <summary>Spends the code, even when the rest is wrong (a code is tried once); null when it is good, else why not.</summary>
    public string? Redeem(string network, string code, string clientId, string redirectUri, string? verifier)
    {
        AuthorizationGrant? grant;
        lock (_gate)
        {
            if (_codes.Remove(code, out grant) && grant.Network != network)
            {
                grant = null;
            }
        }

        if (grant is null)
        {
            return "The authorization code is invalid, expired or already used.";
        }

        if (grant.ClientId != clientId || grant.RedirectUri != redirectUri)
        {
            return "The client or redirect URI does not match the authorization request.";
        }

        return grant.CodeChallenge is null || (!string.IsNullOrEmpty(verifier) && Challenge(verifier) == grant.CodeChallenge)
            ? null
            : "The code verifier does not match the code challenge.";
    }

    public RegisteredApp Register(string redirectUri)
    {
        var app = new RegisteredApp("client-" + Guid.NewGuid().ToString("N"), "secret-" + Guid.NewGuid().ToString("N"), redirectUri);
        lock (_gate)
        {
            _apps[app.ClientId] = app;
        }

        return app;
    }

    public RegisteredApp? App(string clientId)
    {
        lock (_gate)
        {
            return _apps.GetValueOrDefault(clientId);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _codes.Clear();
            _apps.Clear();
        }
    }

    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
