using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Connecting;
using Portal.Syndication.Deliveries;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>"Conectar con …" driven over HTTP as the administrator: the site, the sandbox's authorize page, the callback.</summary>
public sealed class ChannelConnectTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private const string Refused = "no corresponde a una conexión que hayas empezado, ya se usó o ha caducado";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_Mastodon_channel_is_connected_from_the_instance_address_alone_and_then_posts_with_its_token()
    {
        using var admin = await Host.SignedInClientAsync();
        const string editPath = "/admin/difusion/canales/editar";

        using var started = await admin.PostFormAsync(editPath, Form(SocialNetwork.Mastodon, "Mastodon del ayuntamiento", Sandbox.Url + "/mastodon", account: ""), editPath + "?handler=Connect");

        var authorize = Location(started);
        Assert.StartsWith(Sandbox.Url + "/mastodon/oauth/authorize?", authorize.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("write:statuses write:media read:statuses", query["scope"]);
        Assert.False(query.ContainsKey("code_verifier"));
        // One registration per instance, whichever test connected to it first.
        Assert.Equal(1, Operations("mastodon", "apps"));
        var channel = await ChannelAsync("Mastodon del ayuntamiento");
        Assert.Equal(ChannelState.Blocked, channel.State);

        var message = await FinishAsync(admin, await AuthorizeAsync(authorize));

        Assert.Contains("La cuenta «Mastodon del ayuntamiento» está conectada", message, StringComparison.Ordinal);
        channel = await ChannelAsync(channel.Name);
        Assert.Equal(ChannelState.Active, channel.State);
        Assert.Equal("portal", channel.Account);
        Assert.Null(channel.TokenExpiresUtc);
        var credentials = Credentials(channel);
        Assert.StartsWith("mastodon-access-", credentials.AccessToken, StringComparison.Ordinal);
        Assert.Null(credentials.RefreshToken);

        // The other Mastodon channel, still on its pasted token, stays out of the way of the check.
        await SetStateAsync("Mastodon (sandbox)", ChannelState.Disabled);
        Sandbox.Tokens.Enforce("mastodon");
        await AssertPostsAsync(channel, "Nueva sede electrónica del ayuntamiento");

        // A second connection on the same instance reuses the app Portal registered there.
        using var again = await admin.PostFormAsync($"{editPath}/{channel.Id}", Form(SocialNetwork.Mastodon, channel.Name, channel.ApiBaseUrl, channel.Account, channel.CredentialsVersion), $"{editPath}/{channel.Id}?handler=Connect");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, Operations("mastodon", "apps"));
        Assert.Equal(1, await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<MastodonApp>().CountAsync(ct)));
    }

    [Fact]
    public async Task A_forged_a_replayed_and_a_denied_authorization_change_nothing_and_say_so_in_Spanish()
    {
        using var admin = await Host.SignedInClientAsync();
        await SetStateAsync("Mastodon (sandbox)", ChannelState.Active);
        var channel = await ChannelAsync("Mastodon (sandbox)");
        var before = Snapshot(channel);

        // A state Portal never issued.
        using (var forged = await admin.GetAsync(ChannelConnector.CallbackPath + "?code=stolen&state=CfDJ8forged", Ct))
        {
            Assert.Equal(AdminMenu.ChannelsPath, Location(forged).OriginalString);
            Assert.Contains(Refused, await ReadAsync(admin, Location(forged)), StringComparison.Ordinal);
        }

        Assert.Equal(before, Snapshot(await ChannelAsync(channel.Name)));

        // The account holder refuses on the network.
        var denied = await AuthorizeAsync(new Uri(await StartAsync(admin, channel) + "&deny=1"));
        Assert.Equal("access_denied", QueryHelpers.ParseQuery(denied.Query)["error"]);
        var deniedMessage = await FinishAsync(admin, denied);
        Assert.Contains($"No se ha conectado la cuenta «{channel.Name}»: la autorización se rechazó en la red", deniedMessage, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(await ChannelAsync(channel.Name)));

        // A fault on the network's authorize page is a refusal too.
        Sandbox.Faults.Add(new Fault("mastodon", "status", Operation: "authorize"));
        var faulted = await AuthorizeAsync(new Uri(await StartAsync(admin, channel)));
        Assert.Contains("la autorización se rechazó en la red", await FinishAsync(admin, faulted), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(await ChannelAsync(channel.Name)));

        // A state works once: the second callback with it is refused and changes nothing.
        var callback = await AuthorizeAsync(new Uri(await StartAsync(admin, channel)));
        Assert.Contains("está conectada", await FinishAsync(admin, callback), StringComparison.Ordinal);
        var connected = Snapshot(await ChannelAsync(channel.Name));
        Assert.NotEqual(before, connected);
        using (var replayed = await admin.GetAsync(callback.PathAndQuery, Ct))
        {
            Assert.Equal($"{AdminMenu.ChannelsPath}/editar/{channel.Id}", Location(replayed).OriginalString);
            Assert.Contains(Refused, await ReadAsync(admin, Location(replayed)), StringComparison.Ordinal);
        }

        Assert.Equal(connected, Snapshot(await ChannelAsync(channel.Name)));

        // Another administrator's browser cannot finish it either.
        var foreign = await AuthorizeAsync(new Uri(await StartAsync(admin, channel)));
        await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<PendingConnection>()
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UserId, "someone-else"), ct));
        Assert.Contains(Refused, await FinishAsync(admin, foreign), StringComparison.Ordinal);
        Assert.Equal(connected, Snapshot(await ChannelAsync(channel.Name)));
    }

    [Fact]
    public async Task An_X_channel_is_connected_with_PKCE_stores_the_renewable_pair_and_its_user_id_and_then_posts()
    {
        using var admin = await Host.SignedInClientAsync();
        var channel = await ChannelAsync("X (sandbox)");
        var path = $"/admin/difusion/canales/editar/{channel.Id}";
        var fields = Form(SocialNetwork.X, channel.Name, channel.ApiBaseUrl, account: "", channel.CredentialsVersion)
            .Append(new("Input.ClientId", "portal-x-client")).Append(new("Input.ClientSecret", "x-s3cr3t"));

        using var started = await admin.PostFormAsync(path, fields, path + "?handler=Connect");

        var authorize = Location(started);
        Assert.StartsWith(Sandbox.Url + "/x/i/oauth2/authorize?", authorize.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("tweet.read tweet.write users.read media.write offline.access", query["scope"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("portal-x-client", query["client_id"]);
        Assert.Equal(PortalHost.PublicBaseUrl + ChannelConnector.CallbackPath, query["redirect_uri"]);

        // The sandbox checks PKCE: a code is not redeemed with another verifier, and never twice.
        var other = await AuthorizeAsync(authorize);
        using (var guessed = await SandboxExchangeAsync(QueryHelpers.ParseQuery(other.Query)["code"]!, "another-verifier", query["redirect_uri"]!))
        {
            Assert.Equal(HttpStatusCode.BadRequest, guessed.StatusCode);
            Assert.Contains("code verifier does not match", await guessed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var callback = await AuthorizeAsync(authorize);
        Assert.Contains("está conectada", await FinishAsync(admin, callback), StringComparison.Ordinal);
        using (var replayed = await SandboxExchangeAsync(QueryHelpers.ParseQuery(callback.Query)["code"]!, "another-verifier", query["redirect_uri"]!))
        {
            Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
            Assert.Contains("already used", await replayed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        channel = await ChannelAsync(channel.Name);
        Assert.Equal("4242", channel.Account);
        Assert.True(channel.TokenExpiresUtc > DateTime.UtcNow.AddHours(1) && channel.TokenExpiresUtc < DateTime.UtcNow.AddHours(3));
        var credentials = Credentials(channel);
        Assert.StartsWith("x-access-", credentials.AccessToken, StringComparison.Ordinal);
        Assert.StartsWith("x-refresh-", credentials.RefreshToken, StringComparison.Ordinal);
        Assert.Equal("portal-x-client", credentials.ClientId);
        Assert.Equal("x-s3cr3t", credentials.ClientSecret);

        Sandbox.Tokens.Enforce("x");
        await AssertPostsAsync(channel, "Ayudas al alquiler joven");
    }

    [Fact]
    public async Task A_LinkedIn_channel_is_connected_keeps_its_organization_stores_both_expiries_and_then_posts()
    {
        using var admin = await Host.SignedInClientAsync();
        var channel = await ChannelAsync("LinkedIn (sandbox)");
        var path = $"/admin/difusion/canales/editar/{channel.Id}";
        var fields = Form(SocialNetwork.LinkedIn, channel.Name, channel.ApiBaseUrl, channel.Account, channel.CredentialsVersion)
            .Append(new("Input.ClientId", "portal-linkedin-client")).Append(new("Input.ClientSecret", "li-s3cr3t"));

        using var started = await admin.PostFormAsync(path, fields, path + "?handler=Connect");

        var authorize = Location(started);
        Assert.StartsWith(Sandbox.Url + "/linkedin/oauth/v2/authorization?", authorize.ToString(), StringComparison.Ordinal);
        Assert.Equal("w_organization_social r_organization_social", QueryHelpers.ParseQuery(authorize.Query)["scope"]);
        Assert.Contains("está conectada", await FinishAsync(admin, await AuthorizeAsync(authorize)), StringComparison.Ordinal);

        channel = await ChannelAsync(channel.Name);
        Assert.Equal("5550001", channel.Account);
        Assert.True(channel.TokenExpiresUtc > DateTime.UtcNow.AddDays(59));
        Assert.True(channel.RefreshExpiresUtc > DateTime.UtcNow.AddDays(364));
        var credentials = Credentials(channel);
        Assert.StartsWith("linkedin-access-", credentials.AccessToken, StringComparison.Ordinal);
        Assert.StartsWith("linkedin-refresh-", credentials.RefreshToken, StringComparison.Ordinal);

        Sandbox.Tokens.Enforce("linkedin");
        await AssertPostsAsync(channel, "Feria de empleo municipal");
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(SocialNetwork network, string name, string apiBaseUrl, string account, int credentialsVersion = 0) =>
    [
        new("Input.Network", network.ToString()), new("Input.Name", name), new("Input.ApiBaseUrl", apiBaseUrl), new("Input.Account", account),
        new("Input.CredentialsVersion", credentialsVersion.ToString(CultureInfo.InvariantCulture)), new("Input.Enabled", "true"),
        new("connect", network.ToString()),
    ];

    /// <summary>Presses "Conectar con …" on a stored channel, changing nothing in its form.</summary>
    private static async Task<string> StartAsync(HttpClient admin, Channel channel)
    {
        var path = $"/admin/difusion/canales/editar/{channel.Id}";
        using var started = await admin.PostFormAsync(path, Form(channel.Network, channel.Name, channel.ApiBaseUrl, channel.Account, channel.CredentialsVersion), path + "?handler=Connect");
        return Location(started).ToString();
    }

    /// <summary>The browser at the network's authorize page, which sends it back at once.</summary>
    private static async Task<Uri> AuthorizeAsync(Uri authorize)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var answer = await browser.GetAsync(authorize, Ct);
        return Location(answer);
    }

    /// <summary>The browser back at Portal's callback, then on the channel page it is sent to: that page's text.</summary>
    private static async Task<string> FinishAsync(HttpClient admin, Uri callback)
    {
        // The callback names the public address; the test reaches the same site on its loopback port.
        using var answer = await admin.GetAsync(callback.PathAndQuery, Ct);
        return await ReadAsync(admin, Location(answer));
    }

    private static async Task<string> ReadAsync(HttpClient admin, Uri page) => WebUtility.HtmlDecode(await admin.GetStringAsync(page, Ct));

    private static Uri Location(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    private async Task<HttpResponseMessage> SandboxExchangeAsync(string code, string verifier, string redirectUri)
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "authorization_code"), new("code", code), new("code_verifier", verifier),
            new("client_id", "portal-x-client"), new("redirect_uri", redirectUri),
        ]);
        return await http.PostAsync(Sandbox.Url + "/x/2/oauth2/token", form, Ct);
    }

    private async Task AssertPostsAsync(Channel channel, string title)
    {
        var item = await Host.PublishPageAsync(title);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Delivery? delivery;
        do
        {
            await Task.Delay(100, Ct);
            delivery = (await Host.DeliveriesAsync(item.ItemId)).SingleOrDefault(d => d.ChannelId == channel.Id);
        }
        while (delivery?.State is not (DeliveryState.Sent or DeliveryState.Failed) && DateTime.UtcNow < deadline);

        Assert.Equal(DeliveryState.Sent, delivery?.State);
        Assert.Contains(Sandbox.Posts(NetworkDefaults.SandboxPath(channel.Network)), p => p.Text.Contains(title, StringComparison.Ordinal));
    }

    private int Operations(string network, string operation) => Sandbox.Store.Requests(network).Count(r => r.Operation == operation);

    private Task<Channel> ChannelAsync(string name) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().AsNoTracking().SingleAsync(c => c.Name == name, ct));

    private Task<int> SetStateAsync(string name, ChannelState state) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().Where(c => c.Name == name)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, state), ct));

    private ChannelCredentials Credentials(Channel channel) => Host.Services.GetRequiredService<CredentialProtector>().Unprotect(channel.ProtectedCredentials);

    private static (string Credentials, int Version, string Account, ChannelState State, DateTime? Expires) Snapshot(Channel channel) =>
        (channel.ProtectedCredentials, channel.CredentialsVersion, channel.Account, channel.State, channel.TokenExpiresUtc);
}
