namespace Portal.Syndication.Connecting;

/// <summary>
/// An authorization an administrator started and the network has not yet answered: taken (deleted) by the first
/// callback that presents its state, so a state works once; useless after <see cref="ExpiresUtc"/>.
/// </summary>
public sealed class PendingConnection
{
    public const string TableName = "SyndicationPendingConnections";
    public const int NonceLength = 64;
    public const int UserIdLength = 450;

    /// <summary>The random part of the state.</summary>
    public string Nonce { get; set; } = "";

    public int ChannelId { get; set; }

    /// <summary>The administrator who started it: only they can finish it.</summary>
    public string UserId { get; set; } = "";

    /// <summary>The client, redirect URI and PKCE verifier (<see cref="ConnectRequest"/>), encrypted: none of it goes to the browser.</summary>
    public string ProtectedRequest { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}

/// <summary>What the token exchange needs again: the same redirect URI and client, and the PKCE verifier.</summary>
public sealed record ConnectRequest(string RedirectUri, ConnectClient Client, string? Verifier);

/// <summary>The OAuth client Portal is on the network: the admin's X or LinkedIn app, or the app Portal registered on a Mastodon instance.</summary>
public sealed record ConnectClient(string ClientId, string? ClientSecret);
