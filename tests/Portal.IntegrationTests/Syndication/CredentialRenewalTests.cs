using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>G9 against the sandbox's token endpoints: rotated pairs, a 401 answered once, refusals, races, restarts.</summary>
public sealed class CredentialRenewalTests(SyndicationFixture fixture) : SyndicationTest<SyndicationFixture>(fixture), IClassFixture<SyndicationFixture>
{
    private const string ClientId = "portal-sandbox-client";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Each test starts with every channel active, with no known expiry (so nothing is renewed ahead), and a sandbox
    /// that checks no token until told to.
    /// </summary>
    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().ExecuteUpdateAsync(s => s
            .SetProperty(c => c.State, ChannelState.Active)
            .SetProperty(c => c.TokenExpiresUtc, (DateTime?)null)
            .SetProperty(c => c.RefreshExpiresUtc, (DateTime?)null)
            .SetProperty(c => c.RenewingUntilUtc, (DateTime?)null), ct));
    }

    [Fact]
    public async Task A_rotated_X_pair_is_stored_and_the_next_renewal_spends_the_new_refresh_token()
    {
        var granted = Sandbox.Tokens.Grant("x");
        await ConnectAsync(SocialNetwork.X, new ChannelCredentials(granted.AccessToken, granted.RefreshToken) { ClientId = ClientId }, DateTime.UtcNow.AddMinutes(2));
        Sandbox.Tokens.Enforce("x");
        var before = Requests("x").Count;

        await PublishAndSettleAsync("Plazo de matrícula en las escuelas infantiles");
        var first = await CredentialsAsync(SocialNetwork.X);
        Assert.NotEqual(granted.RefreshToken, first.RefreshToken);
        Assert.NotEqual(granted.AccessToken, first.AccessToken);
        Assert.Equal(ClientId, first.ClientId);
        Assert.True((await Host.ChannelAsync(SocialNetwork.X)).TokenExpiresUtc > DateTime.UtcNow.AddHours(1));

        // Due again: the renewal must present the refresh token stored by the first one.
        await SetTokenExpiryAsync(SocialNetwork.X, DateTime.UtcNow.AddMinutes(1));
        await PublishAndSettleAsync("Cierre temporal del polideportivo");
        var second = await CredentialsAsync(SocialNetwork.X);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);

        var portalCalls = Requests("x").Skip(before).ToList();
        Assert.Equal([200, 200], portalCalls.Where(r => r.Operation == "token").Select(r => r.Status));
        Assert.All(portalCalls.Where(r => r.Operation == "create"), r => Assert.Equal(201, r.Status));

        // Both spent refresh tokens are refused now, as X refuses them after a rotation.
        foreach (var spent in new[] { granted.RefreshToken, first.RefreshToken! })
        {
            using var refused = await SandboxTokenAsync("/x/2/oauth2/token", spent);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("invalid_request", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_401_is_answered_with_one_renewal_and_one_repeat_of_the_call()
    {
        var granted = Sandbox.Tokens.Grant("x");
        await ConnectAsync(SocialNetwork.X, new ChannelCredentials(granted.AccessToken, granted.RefreshToken) { ClientId = ClientId, ClientSecret = "s3cr3t" }, expiresUtc: null);
        Sandbox.Tokens.Expire("x");
        var before = Requests("x").Count;

        var deliveries = await PublishAndSettleAsync("Nuevo horario del registro municipal");

        var channel = await Host.ChannelAsync(SocialNetwork.X);
        var x = deliveries.Single(d => d.ChannelId == channel.Id);
        Assert.Equal(1, x.Attempts);
        var calls = Requests("x").Skip(before).ToList();
        Assert.Equal([401, 201], calls.Where(r => r.Operation == "create").Select(r => r.Status));
        Assert.Equal([200], calls.Where(r => r.Operation == "token").Select(r => r.Status));
    }

    [Fact]
    public async Task A_refused_renewal_blocks_the_channel_its_delivery_waits_and_the_health_page_asks_to_reconnect()
    {
        ExpectLog(r => r.Category.EndsWith(nameof(CredentialRefresher), StringComparison.Ordinal) && r.Message.Contains("blocked", StringComparison.Ordinal));
        await ConnectAsync(SocialNetwork.X, new ChannelCredentials("revoked-access", "revoked-refresh") { ClientId = ClientId, ClientSecret = "s3cr3t" }, expiresUtc: null);
        Sandbox.Tokens.Enforce("x");
        var channel = await Host.ChannelAsync(SocialNetwork.X);
        var before = Requests("x").Count;

        var item = await Host.PublishPageAsync("Corte de agua en el barrio del Carmen");
        var x = await SyndicationTestSteps.WaitAsync(async () =>
        {
            var deliveries = await Host.DeliveriesAsync(item.ItemId);
            var waiting = deliveries.SingleOrDefault(d => d.ChannelId == channel.Id);
            var othersSent = deliveries.Count == 6 && deliveries.Where(d => d.ChannelId != channel.Id).All(d => d.State == DeliveryState.Sent);
            return othersSent && waiting?.LastErrorKind == ErrorKind.Auth && (await Host.ChannelAsync(SocialNetwork.X)).State == ChannelState.Blocked ? waiting : null;
        });

        Assert.Equal(DeliveryState.Queued, x.State);
        var calls = Requests("x").Skip(before).ToList();
        Assert.Equal([401], calls.Where(r => r.Operation == "create").Select(r => r.Status));
        Assert.Equal([400], calls.Where(r => r.Operation == "token").Select(r => r.Status));

        using var admin = await Host.SignedInClientAsync();
        var health = WebUtility.HtmlDecode(await admin.GetStringAsync(AdminMenu.ChannelsPath, Ct));
        Assert.Contains("Bloqueada: hay que volver a conectarla", health, StringComparison.Ordinal);
        Assert.Contains($"La cuenta «{channel.Name}» está bloqueada", health, StringComparison.Ordinal);
        var dashboard = WebUtility.HtmlDecode(await admin.GetStringAsync("/admin", Ct));
        Assert.Contains($"La cuenta «{channel.Name}» está bloqueada", dashboard, StringComparison.Ordinal);

        // Reconnecting with a new pair (the client fields left empty keep the stored ones) sends what waited.
        var granted = Sandbox.Tokens.Grant("x");
        var editPath = $"/admin/difusion/canales/editar/{channel.Id}";
        using var saved = await admin.PostFormAsync(editPath,
        [
            new("Input.Name", channel.Name), new("Input.ApiBaseUrl", channel.ApiBaseUrl), new("Input.Account", channel.Account),
            new("Input.AccessToken", granted.AccessToken), new("Input.RefreshToken", granted.RefreshToken),
            new("Input.ClientId", ""), new("Input.ClientSecret", ""), new("Input.TokenExpires", ""),
            new("Input.CredentialsVersion", (await Host.ChannelAsync(SocialNetwork.X)).CredentialsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Enabled", "true"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var sent = (await Host.WaitSettledAsync(item.ItemId, 6)).Single(d => d.Id == x.Id);
        Assert.Equal(DeliveryState.Sent, sent.State);
        var reconnected = await CredentialsAsync(SocialNetwork.X);
        Assert.Equal(ClientId, reconnected.ClientId);
        Assert.Equal("s3cr3t", reconnected.ClientSecret);
        Assert.Equal(granted.AccessToken, reconnected.AccessToken);
        Assert.Equal(ChannelState.Active, (await Host.ChannelAsync(SocialNetwork.X)).State);
    }

    [Fact]
    public async Task Two_concurrent_renewals_of_one_channel_spend_the_refresh_token_once()
    {
        var granted = Sandbox.Tokens.Grant("x");
        await ConnectAsync(SocialNetwork.X, new ChannelCredentials(granted.AccessToken, granted.RefreshToken) { ClientId = ClientId }, DateTime.UtcNow.AddMinutes(-1));
        var channel = await Host.ChannelAsync(SocialNetwork.X);
        var before = Requests("x").Count;

        // A slow token endpoint keeps the winner's claim open while the others arrive.
        Sandbox.Faults.Add(new Fault("x", "slow", Operation: "token", DelayMs: 500));

        // Two refreshers stand for two processes sharing the database (each has its own in-process gate).
        var processes = Enumerable.Range(0, 2).Select(_ => ActivatorUtilities.CreateInstance<CredentialRefresher>(Host.Services)).ToList();
        var calls = processes.SelectMany(p => Enumerable.Range(0, 2).Select(_ => p.CallAsync(channel, context =>
            Task.FromResult(new SendOutcome("probe", 200, null, 0) { RemoteId = context.Credentials.AccessToken }), Ct)));
        var outcomes = await Task.WhenAll(calls);

        Assert.Single(Requests("x").Skip(before), r => r.Operation == "token");
        var stored = await CredentialsAsync(SocialNetwork.X);
        Assert.NotEqual(granted.RefreshToken, stored.RefreshToken);
        Assert.All(outcomes, o => Assert.Equal(stored.AccessToken, o.RemoteId));
    }

    [Fact]
    public async Task Bluesky_reuses_its_stored_session_after_a_restart()
    {
        await ConnectAsync(SocialNetwork.Bluesky, new ChannelCredentials("", AppPassword: "app-password-1234"), expiresUtc: null);
        await PublishAndSettleAsync("Feria del libro en la plaza Mayor");
        var session = await CredentialsAsync(SocialNetwork.Bluesky);
        Assert.False(string.IsNullOrEmpty(session.Did));
        Assert.Equal("app-password-1234", session.AppPassword);
        Assert.True((await Host.ChannelAsync(SocialNetwork.Bluesky)).TokenExpiresUtc > DateTime.UtcNow.AddHours(1));

        await Fixture.RestartAsync();
        Sandbox.Tokens.Enforce("bluesky");
        var before = Requests("bluesky").Count;
        await PublishAndSettleAsync("Campaña de vacunación en los centros de salud");

        var calls = Requests("bluesky").Skip(before).ToList();
        Assert.DoesNotContain(calls, r => r.Operation is "session" or "refresh");
        Assert.Equal([200], calls.Where(r => r.Operation == "create").Select(r => r.Status));
        Assert.Equal(session.AccessToken, (await CredentialsAsync(SocialNetwork.Bluesky)).AccessToken);
    }

    [Fact]
    public async Task An_expired_Bluesky_session_is_renewed_with_refreshSession_not_a_new_session()
    {
        await ConnectAsync(SocialNetwork.Bluesky, new ChannelCredentials("", AppPassword: "app-password-1234"), expiresUtc: null);
        await PublishAndSettleAsync("Obras en la biblioteca central");
        var session = await CredentialsAsync(SocialNetwork.Bluesky);

        Sandbox.Tokens.Expire("bluesky");
        var before = Requests("bluesky").Count;
        await PublishAndSettleAsync("Nuevas rutas del autobús urbano");

        var calls = Requests("bluesky").Skip(before).ToList();
        Assert.Equal([400, 200], calls.Where(r => r.Operation == "create").Select(r => r.Status));
        Assert.Equal([200], calls.Where(r => r.Operation == "refresh").Select(r => r.Status));
        Assert.DoesNotContain(calls, r => r.Operation == "session");
        Assert.NotEqual(session.RefreshToken, (await CredentialsAsync(SocialNetwork.Bluesky)).RefreshToken);
    }

    [Fact]
    public async Task LinkedIn_renews_a_week_ahead_on_its_OAuth_path_and_keeps_the_refresh_tokens_year()
    {
        var granted = Sandbox.Tokens.Grant("linkedin");
        await ConnectAsync(SocialNetwork.LinkedIn, new ChannelCredentials(granted.AccessToken, granted.RefreshToken) { ClientId = ClientId, ClientSecret = "s3cr3t" },
            DateTime.UtcNow.AddDays(3), granted.RefreshExpiresUtc);
        Sandbox.Tokens.Enforce("linkedin");
        var before = Requests("linkedin").Count;

        await PublishAndSettleAsync("Oferta de empleo público 2026");

        var token = Assert.Single(Requests("linkedin").Skip(before), r => r.Operation == "token");
        Assert.Equal(("/linkedin/oauth/v2/accessToken", 200), (token.Path, token.Status));
        var channel = await Host.ChannelAsync(SocialNetwork.LinkedIn);
        Assert.True(channel.TokenExpiresUtc > DateTime.UtcNow.AddDays(59));
        Assert.InRange(channel.RefreshExpiresUtc!.Value, granted.RefreshExpiresUtc!.Value.AddMinutes(-1), granted.RefreshExpiresUtc.Value.AddMinutes(1));
    }

    [Fact]
    public async Task A_token_that_expires_within_a_week_and_cannot_be_renewed_is_warned_about_on_the_channel_list_and_the_dashboard()
    {
        await ConnectAsync(SocialNetwork.LinkedIn, new ChannelCredentials("long-lived-token"), DateTime.UtcNow.AddDays(3));
        var channel = await Host.ChannelAsync(SocialNetwork.LinkedIn);

        using var admin = await Host.SignedInClientAsync();
        var health = WebUtility.HtmlDecode(await admin.GetStringAsync(AdminMenu.ChannelsPath, Ct));
        var warning = $"El acceso de la cuenta «{channel.Name}» caduca el";
        Assert.Contains("Cuentas que necesitan atención", health, StringComparison.Ordinal);
        Assert.Contains(warning, health, StringComparison.Ordinal);
        Assert.Contains("no se renueva solo: vuelve a conectarla antes de esa fecha", health, StringComparison.Ordinal);
        Assert.Contains(warning, WebUtility.HtmlDecode(await admin.GetStringAsync("/admin", Ct)), StringComparison.Ordinal);

        // With a refresh token the same expiry is renewed, not warned about.
        await ConnectAsync(SocialNetwork.LinkedIn, new ChannelCredentials("long-lived-token", "refresh") { ClientId = ClientId, ClientSecret = "s3cr3t" }, DateTime.UtcNow.AddDays(3));
        Assert.DoesNotContain(warning, WebUtility.HtmlDecode(await admin.GetStringAsync(AdminMenu.ChannelsPath, Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_channel_form_asks_for_each_networks_secrets_keeps_stored_ones_and_reads_expiries_in_the_sites_zone()
    {
        await ConnectAsync(SocialNetwork.X, new ChannelCredentials("x-access"), expiresUtc: null);
        var x = await Host.ChannelAsync(SocialNetwork.X);
        var bluesky = await Host.ChannelAsync(SocialNetwork.Bluesky);
        var editX = $"/admin/difusion/canales/editar/{x.Id}";
        using var admin = await Host.SignedInClientAsync();

        var xPage = WebUtility.HtmlDecode(await admin.GetStringAsync(editX, Ct));
        Assert.Contains("Token de renovación", xPage, StringComparison.Ordinal);
        Assert.Contains("Identificador de cliente de la aplicación", xPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Contraseña de aplicación", xPage, StringComparison.Ordinal);
        var blueskyPage = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/difusion/canales/editar/{bluesky.Id}", Ct));
        Assert.Contains("Contraseña de aplicación", blueskyPage, StringComparison.Ordinal);
        Assert.DoesNotContain("Token de renovación", blueskyPage, StringComparison.Ordinal);

        // Next year's summer (Madrid is UTC+2): an expiry still to come, which nothing tries to renew during the test.
        var summer = DateTime.UtcNow.Year + 1;
        KeyValuePair<string, string>[] Form(string clientId) =>
        [
            new("Input.Name", x.Name), new("Input.ApiBaseUrl", x.ApiBaseUrl), new("Input.Account", x.Account),
            new("Input.AccessToken", ""), new("Input.RefreshToken", "x-refresh"), new("Input.ClientId", clientId), new("Input.ClientSecret", ""),
            new("Input.TokenExpires", summer.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-07-01T10:00"),
            new("Input.CredentialsVersion", x.CredentialsVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.Enabled", "true"),
        ];

        // A refresh token is useless without the app's client id: said next to the field, and nothing is stored.
        using var refused = await admin.PostFormAsync(editX, Form(""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));
        Assert.Contains("hace falta el identificador de cliente", refusedPage, StringComparison.Ordinal);
        Assert.Contains("value=\"x-refresh\"", refusedPage, StringComparison.Ordinal);
        Assert.Null((await CredentialsAsync(SocialNetwork.X)).RefreshToken);

        using var saved = await admin.PostFormAsync(editX, Form(ClientId));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await CredentialsAsync(SocialNetwork.X);
        Assert.Equal(("x-access", "x-refresh", ClientId), (stored.AccessToken, stored.RefreshToken, stored.ClientId));
        Assert.Equal(new DateTime(summer, 7, 1, 8, 0, 0, DateTimeKind.Utc), (await Host.ChannelAsync(SocialNetwork.X)).TokenExpiresUtc);
    }

    private async Task<List<Delivery>> PublishAndSettleAsync(string title)
    {
        var item = await Host.PublishPageAsync(title);
        var deliveries = await Host.WaitSettledAsync(item.ItemId, 6);
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Sent, d.State));
        return deliveries;
    }

    [Fact]
    public async Task A_reconnection_made_while_a_refused_call_was_in_flight_is_not_undone()
    {
        Sandbox.Faults.Add(new Fault("mastodon", "status", Status: 401, DelayMs: 3000, Message: "The access token was revoked"));
        var channel = await Host.ChannelAsync(SocialNetwork.Mastodon);

        var item = await Host.PublishPageAsync("Nuevo horario del punto limpio");
        await SyndicationTestSteps.WaitAsync(async () => (await Host.DeliveriesAsync(item.ItemId)).SingleOrDefault(d => d.ChannelId == channel.Id && d.State == DeliveryState.Sending));
        await ConnectAsync(SocialNetwork.Mastodon, new ChannelCredentials("new-mastodon-token"), expiresUtc: null);

        // The refusal was for the old token: the new one is not blocked by it, and the delivery waits to use it.
        var refused = await SyndicationTestSteps.WaitAsync(async () => (await Host.DeliveriesAsync(item.ItemId)).SingleOrDefault(d => d.ChannelId == channel.Id && d.LastErrorKind == ErrorKind.Auth));
        Assert.Equal(DeliveryState.Queued, refused.State);
        Assert.Equal(ChannelState.Active, (await Host.ChannelAsync(SocialNetwork.Mastodon)).State);
    }

    [Fact]
    public async Task A_refused_call_blocks_the_channel_until_it_is_reconnected()
    {
        Sandbox.Faults.Add(new Fault("telegram", "status", Status: 401, Message: "Unauthorized"));
        var channel = await Host.ChannelAsync(SocialNetwork.Telegram);

        var item = await Host.PublishPageAsync("Cierre temporal del polideportivo");
        await SyndicationTestSteps.WaitAsync(async () => (await Host.DeliveriesAsync(item.ItemId)).SingleOrDefault(d => d.ChannelId == channel.Id && d.LastErrorKind == ErrorKind.Auth));

        var blocked = await Host.ChannelAsync(SocialNetwork.Telegram);
        Assert.Equal(ChannelState.Blocked, blocked.State);
        Assert.Equal("Unauthorized", blocked.LastError);

        // Reconnected as the channel form does it, the channel sends the delivery that waited, without waiting out its pause.
        await Host.RunAsync(async (services, ct) =>
        {
            var editor = services.GetRequiredService<CredentialEditor>();
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await editor.SaveAsync(unitOfWork, channel.Id, blocked.CredentialsVersion, _ => new ChannelCredentials("sandbox-token"), null, null, ct);
            await editor.ReconnectAsync(unitOfWork, channel.Id, ct);
        });
        var sent = (await Host.WaitSettledAsync(item.ItemId, 6, TimeSpan.FromSeconds(30))).Single(d => d.ChannelId == channel.Id);
        Assert.Equal((DeliveryState.Sent, ChannelState.Active), (sent.State, (await Host.ChannelAsync(SocialNetwork.Telegram)).State));
    }

    /// <summary>Stores credentials as a reconnect would: a new version, the channel active.</summary>
    private Task<int> ConnectAsync(SocialNetwork network, ChannelCredentials credentials, DateTime? expiresUtc, DateTime? refreshExpiresUtc = null) =>
        Host.RunAsync((services, ct) =>
        {
            var protectedCredentials = services.GetRequiredService<CredentialProtector>().Protect(credentials);
            return services.GetRequiredService<PortalDbContext>().Set<Channel>().Where(c => c.Network == network).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ProtectedCredentials, protectedCredentials)
                .SetProperty(c => c.TokenExpiresUtc, expiresUtc)
                .SetProperty(c => c.RefreshExpiresUtc, refreshExpiresUtc)
                .SetProperty(c => c.CredentialsVersion, c => c.CredentialsVersion + 1)
                .SetProperty(c => c.State, ChannelState.Active), ct);
        });

    private Task<int> SetTokenExpiryAsync(SocialNetwork network, DateTime expiresUtc) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<PortalDbContext>().Set<Channel>().Where(c => c.Network == network)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.TokenExpiresUtc, expiresUtc), ct));

    private async Task<ChannelCredentials> CredentialsAsync(SocialNetwork network)
    {
        var channel = await Host.ChannelAsync(network);
        return Host.Services.GetRequiredService<CredentialProtector>().Unprotect(channel.ProtectedCredentials);
    }

    private List<SandboxRequest> Requests(string network) => [.. Sandbox.Store.Requests(network)];

    /// <summary>Presents a refresh token to the sandbox's token endpoint directly, as a second client would.</summary>
    private async Task<HttpResponseMessage> SandboxTokenAsync(string path, string refreshToken)
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", refreshToken), new("client_id", ClientId)]);
        return await http.PostAsync(Sandbox.Url + path, form, Ct);
    }
}
