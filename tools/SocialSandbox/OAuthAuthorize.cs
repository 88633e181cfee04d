using Microsoft.AspNetCore.WebUtilities;

namespace SocialSandbox;

/// <summary>
/// A network's authorization page that approves at once: it sends the browser back to <c>redirect_uri</c> with a
/// code and the same <c>state</c>; <c>?deny=1</c> or an injected fault on the <c>authorize</c> operation sends it back
/// with <c>error=access_denied</c>, as when the account holder refuses.
/// </summary>
public static class OAuthAuthorize
{
    /// <param name="pkce">Whether a S256 challenge is required (X); otherwise it is optional but, when given, must be S256 (Mastodon).</param>
    /// <param name="knowsClient">Whether the client id and redirect URI belong to a registered app; null accepts any.</param>
    public static void Map(IEndpointRouteBuilder app, string path, NetworkDialect network, bool pkce, Func<AuthorizationBook, string, string, bool>? knowsClient = null) =>
        app.MapGet(path, (HttpContext c, AuthorizationBook book, FaultBook faults, SandboxStore store) =>
        {
            var query = c.Request.Query;
            string clientId = query["client_id"].ToString(), redirectUri = query["redirect_uri"].ToString(), state = query["state"].ToString();
            var challenge = query["code_challenge"].ToString();
            var method = query["code_challenge_method"].ToString();
            if (clientId.Length == 0 || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _) || (knowsClient is not null && !knowsClient(book, clientId, redirectUri)))
            {
                // Never redirect to an address the client did not prove it owns.
                Log(store, c, network, 400);
                return Results.BadRequest("Unknown client or redirect URI.");
            }

            string? error = null;
            if (query["response_type"] != "code")
            {
                error = "unsupported_response_type";
            }
            else if ((pkce && challenge.Length == 0) || (challenge.Length > 0 && method != "S256"))
            {
                error = "invalid_request";
            }
            else if (query["deny"] == "1" || faults.Take(network.Name, "authorize") is not null)
            {
                error = "access_denied";
            }

            var answer = new Dictionary<string, string?> { ["state"] = state };
            if (error is null)
            {
                answer["code"] = book.Issue(new AuthorizationGrant(network.Name, clientId, redirectUri, challenge.Length > 0 ? challenge : null));
            }
            else
            {
                answer["error"] = error;
            }

            Log(store, c, network, 302);
            return Results.Redirect(QueryHelpers.AddQueryString(redirectUri, answer));
        });

    private static void Log(SandboxStore store, HttpContext c, NetworkDialect network, int status) =>
        store.Log(new SandboxRequest(network.Name, c.Request.Method, c.Request.Path, "authorize", status, null, DateTime.UtcNow));
}
