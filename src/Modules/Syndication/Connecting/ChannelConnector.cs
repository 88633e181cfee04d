using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Connecting;

/// <summary>What a callback did: the channel connected, or why not (a resource key, and the network's words when it gave any).</summary>
public sealed record ConnectOutcome(int? ChannelId, string ChannelName, string? ErrorKey, string? Detail = null)
{
    public bool Succeeded => ErrorKey is null;
}

/// <summary>
/// "Conectar con …": the OAuth 2.0 authorization-code flow (RFC 6749, section 4.1; PKCE S256 per RFC 7636 where the
/// network takes it) for Mastodon, X and LinkedIn. The tokens it gets are stored as the channel form stores typed ones.
/// </summary>
public sealed class ChannelConnector(
    IUnitOfWork unitOfWork,
    IHttpClientFactory httpClients,
    ConnectSecrets secrets,
    CredentialEditor editor,
    PublicUrls urls,
    ISiteSettingsStore settings,
    TimeProvider clock)
{
    public const string CallbackPath = AdminMenu.ChannelsPath + "/conectar/vuelta";

    private HttpClient Http => httpClients.CreateClient(DeliveryProcessor.HttpClientName);

    public static bool Connects(SocialNetwork network) => network is SocialNetwork.Mastodon or SocialNetwork.X or SocialNetwork.LinkedIn;

    /// <summary>Mastodon and X say whose account was authorized; a LinkedIn organization is named by the administrator.</summary>
    public static bool FindsAccount(SocialNetwork network) => network is SocialNetwork.Mastodon or SocialNetwork.X;

    /// <summary>The redirect URI to register in the X or LinkedIn app (Portal registers Mastodon's itself).</summary>
    public async Task<string> RedirectUriAsync(CancellationToken cancellationToken) => await urls.BaseAsync(cancellationToken) + CallbackPath;

    /// <summary>The public address a network pushes the channel's events to.</summary>
    public async Task<string> WebhookUrlAsync(int channelId, CancellationToken cancellationToken) =>
        await urls.BaseAsync(cancellationToken) + Replies.WebhookEndpoints.For(channelId);

    /// <summary>
    /// The client to authorize with: the X or LinkedIn app typed in the form, or the app Portal registered on the
    /// Mastodon instance (registered now the first time, and kept even if the rest of the form fails).
    /// </summary>
    /// <returns>No client and the instance's answer when the registration failed; neither when no client id is known.</returns>
    public async Task<(ConnectClient? Client, string? Error)> ClientAsync(SocialNetwork network, string apiBaseUrl, ChannelCredentials credentials, CancellationToken cancellationToken)
    {
        if (network != SocialNetwork.Mastodon)
        {
            return (string.IsNullOrEmpty(credentials.ClientId) ? null : new ConnectClient(credentials.ClientId, credentials.ClientSecret), null);
        }

        var db = unitOfWork.Db;
        var instance = apiBaseUrl.Trim().TrimEnd('/').ToLowerInvariant();
        var redirectUri = await RedirectUriAsync(cancellationToken);
        var app = await db.Set<MastodonApp>().AsNoTracking().Where(a => a.Instance == instance && a.RedirectUri == redirectUri).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        if (app is not null)
        {
            return (secrets.Unprotect<ConnectClient>(app.ProtectedClient), null);
        }

        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, instance + "/api/v1/apps")
        {
            Content = new FormUrlEncodedContent(
            [
                new("client_name", site.SiteName),
                new("redirect_uris", redirectUri),
                new("scopes", Scopes(SocialNetwork.Mastodon)),
                new("website", await urls.BaseAsync(cancellationToken)),
            ]),
        };
        var registered = await NetworkCall.SendAsync(Http, request, RegisteredClient, failure => (null, failure.Message), cancellationToken);
        if (registered.Client is not { } client)
        {
            return registered;
        }

        db.Add(new MastodonApp { Instance = instance, RedirectUri = redirectUri, ProtectedClient = secrets.Protect(client), CreatedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return (client, null);
    }

    /// <summary>The client id and secret the instance registered, or its error.</summary>
    private static (ConnectClient? Client, string? Error) RegisteredClient(NetworkResponse response)
    {
        var json = response.Json();
        return response.IsSuccess && json?["client_id"]?.ToString() is { Length: > 0 } clientId
            ? (new ConnectClient(clientId, json["client_secret"]?.ToString()), null)
            : (null, json?["error"]?.ToString() ?? response.Code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Records the authorization under way for the administrator and returns the network's authorization address.</summary>
    public async Task<string> BeginAsync(Channel channel, ConnectClient client, string userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var now = clock.GetUtcNow().UtcDateTime;
        var redirectUri = await RedirectUriAsync(cancellationToken);
        var nonce = ConnectSecrets.Random();
        var verifier = channel.Network == SocialNetwork.LinkedIn ? null : ConnectSecrets.Random();
        await db.Set<PendingConnection>().Where(p => p.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
        db.Add(new PendingConnection
        {
            Nonce = nonce,
            ChannelId = channel.Id,
            UserId = userId,
            ProtectedRequest = secrets.Protect(new ConnectRequest(redirectUri, client, verifier)),
            ExpiresUtc = now + ConnectSecrets.Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);

        var query = new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = client.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = Scopes(channel.Network),
            ["state"] = secrets.State(nonce, channel.Id),
        };
        if (verifier is not null)
        {
            query["code_challenge"] = ConnectSecrets.Challenge(verifier);
            query["code_challenge_method"] = "S256";
        }

        return QueryHelpers.AddQueryString(NetworkDefaults.AuthorizeUrl(channel.Network, channel.ApiBaseUrl), query);
    }

    /// <summary>
    /// The network's answer: takes the pending authorization the state names (once, for the administrator who started
    /// it, before it expires), exchanges the code and stores the tokens. A refused state or answer changes nothing.
    /// </summary>
    public async Task<ConnectOutcome> CompleteAsync(string? state, string? code, string? error, string userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (secrets.ReadState(state) is not { } read)
        {
            return new ConnectOutcome(null, "", "Connect_StateInvalid");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var channel = await db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == read.ChannelId, cancellationToken);
        var pending = await db.Set<PendingConnection>().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Nonce == read.Nonce && p.ChannelId == read.ChannelId && p.UserId == userId && p.ExpiresUtc > now, cancellationToken);

        // Taken in its own statement before anything else, so a replay finds nothing even while this callback runs.
        if (channel is null || pending is null || await db.Set<PendingConnection>().Where(p => p.Nonce == pending.Nonce).ExecuteDeleteAsync(cancellationToken) != 1)
        {
            return new ConnectOutcome(channel?.Id, channel?.Name ?? "", "Connect_StateInvalid");
        }

        if (!string.IsNullOrEmpty(error) || string.IsNullOrEmpty(code))
        {
            return new ConnectOutcome(channel.Id, channel.Name, error == "access_denied" ? "Connect_Denied" : "Connect_NetworkError", error);
        }

        var request = secrets.Unprotect<ConnectRequest>(pending.ProtectedRequest)!;
        var tokens = await ExchangeAsync(channel, request, code, cancellationToken);
        if (!tokens.Succeeded)
        {
            return new ConnectOutcome(channel.Id, channel.Name, "Connect_TokenRefused", tokens.Outcome.Message);
        }

        var credentials = tokens.Credentials!;
        var account = FindsAccount(channel.Network) ? await AccountAsync(channel, credentials.AccessToken, cancellationToken) : channel.Account;
        if (string.IsNullOrEmpty(account))
        {
            return new ConnectOutcome(channel.Id, channel.Name, "Connect_AccountUnknown");
        }

        await unitOfWork.BeginAsync(cancellationToken);
        await db.Set<Channel>().Where(c => c.Id == channel.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Account, account), cancellationToken);

        // The client stays what the form holds: Mastodon's belongs to the instance, not to the channel.
        await editor.SaveAsync(
            unitOfWork,
            channel.Id,
            channel.CredentialsVersion,
            current => current.With(credentials),
            tokens.AccessExpiresUtc,
            credentials.RefreshToken is null ? channel.RefreshExpiresUtc : tokens.RefreshExpiresUtc,
            cancellationToken);
        await editor.ReconnectAsync(unitOfWork, channel.Id, cancellationToken);
        return new ConnectOutcome(channel.Id, channel.Name, null);
    }

    private static string Scopes(SocialNetwork network) => network switch
    {
        SocialNetwork.Mastodon => "write:statuses write:media read:statuses",
        SocialNetwork.X => "tweet.read tweet.write users.read media.write offline.access",
        _ => "w_organization_social r_organization_social",
    };

    /// <summary>
    /// The <c>authorization_code</c> grant: Mastodon and LinkedIn take the client secret in the body; X a public
    /// client's id in the body and a confidential one's secret with HTTP Basic.
    /// </summary>
    private Task<TokenRenewal> ExchangeAsync(Channel channel, ConnectRequest request, string code, CancellationToken cancellationToken)
    {
        var client = request.Client;
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", request.RedirectUri),
            new("client_id", client.ClientId),
        };
        if (channel.Network != SocialNetwork.X && client.ClientSecret is { Length: > 0 } secret)
        {
            form.Add(new("client_secret", secret));
        }

        if (request.Verifier is not null)
        {
            form.Add(new("code_verifier", request.Verifier));
        }

        var authorization = channel.Network == SocialNetwork.X ? XTokenClient.ClientAuthentication(client.ClientId, client.ClientSecret) : null;
        return OAuthRefresh.SendAsync(Http, NetworkDefaults.TokenUrl(channel.Network, channel.ApiBaseUrl), form, authorization, new ChannelCredentials(""), clock, cancellationToken);
    }

    /// <summary>The account the token belongs to: the Mastodon handle, or the X numeric user id.</summary>
    private async Task<string?> AccountAsync(Channel channel, string accessToken, CancellationToken cancellationToken)
    {
        var path = channel.Network == SocialNetwork.Mastodon ? "/api/v1/accounts/verify_credentials" : "/2/users/me";
        using var request = new HttpRequestMessage(HttpMethod.Get, channel.ApiBaseUrl.TrimEnd('/') + path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var json = await NetworkCall.SendAsync(Http, request, response => response.IsSuccess ? response.Json() : null, _ => null, cancellationToken);
        return channel.Network == SocialNetwork.Mastodon ? json?["acct"]?.ToString() : json?["data"]?["id"]?.ToString();
    }
}
