using System.Net;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

/// <summary>
/// A site behind a reverse proxy that reports each client's address, with small limits: 4 failed sign-ins per
/// client and minute, and accounts locked after 6 failures, more than one client may make.
/// </summary>
public sealed class SignInLimitFixture : PortalFixture
{
    public const int ClientFailures = 4;
    public const int AccountFailures = 6;

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("FORWARDEDHEADERS_ENABLED", "true");
        host.With("Portal:SignIn:ClientFailures", ClientFailures.ToString(System.Globalization.CultureInfo.InvariantCulture));
        host.With("Portal:SignIn:AccountFailures", AccountFailures.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

public sealed class SignInLimitTests(SignInLimitFixture fixture) : PortalTest<SignInLimitFixture>(fixture), IClassFixture<SignInLimitFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Failures_from_one_client_slow_it_down_whatever_the_user_names()
    {
        ExpectLog(r => r.Message.Contains("203.0.113.10", StringComparison.Ordinal));
        using var client = ClientFrom("203.0.113.10");
        using var neighbour = ClientFrom("203.0.113.11");

        var failures = await WrongPasswordsAsync(client, i => "nadie-" + i, SignInLimitFixture.ClientFailures);
        using var refused = await client.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        using var allowed = await neighbour.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);

        Assert.All(failures, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.StartsWith("Has hecho demasiados intentos", TestUsers.SignInError(await refused.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.Equal("/admin", allowed.RedirectPath());
    }

    [Fact]
    public async Task A_flood_of_wrong_passwords_from_one_client_does_not_lock_the_account()
    {
        ExpectLog(r => r.Message.Contains("203.0.113.20", StringComparison.Ordinal));
        await Host.CreateUserAsync("inundada", PortalRoles.Editor);
        using var attacker = ClientFrom("203.0.113.20");
        using var owner = ClientFrom("203.0.113.21");

        var statuses = await WrongPasswordsAsync(attacker, _ => "inundada", 3 * SignInLimitFixture.AccountFailures);
        using var signedIn = await owner.SignInAsync("inundada", TestUsers.Password);

        Assert.Equal(SignInLimitFixture.ClientFailures, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.All(statuses.Skip(SignInLimitFixture.ClientFailures), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        Assert.Equal("/admin", signedIn.RedirectPath());
    }

    [Fact]
    public async Task Failures_from_several_clients_still_lock_the_account()
    {
        ExpectLog(r => r.Message.Contains("203.0.113.30", StringComparison.Ordinal));
        await Host.CreateUserAsync("asediada", PortalRoles.Editor);
        using var first = ClientFrom("203.0.113.30");
        using var second = ClientFrom("203.0.113.31");
        using var owner = ClientFrom("203.0.113.32");

        var failures = await WrongPasswordsAsync(first, _ => "asediada", SignInLimitFixture.ClientFailures);
        failures.AddRange(await WrongPasswordsAsync(second, _ => "asediada", SignInLimitFixture.AccountFailures - SignInLimitFixture.ClientFailures));
        using var locked = await owner.SignInAsync("asediada", TestUsers.Password);

        Assert.All(failures, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.StartsWith("No hemos podido iniciar sesión con esos datos.", TestUsers.SignInError(await locked.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_addresses_of_one_IPv6_subscriber_block_share_one_allowance()
    {
        ExpectLog(r => r.Message.Contains("2001:db8:1::/64", StringComparison.Ordinal));
        using var client = ClientFrom("2001:db8:1::10");
        using var sameBlock = ClientFrom("2001:db8:1::20");
        using var otherBlock = ClientFrom("2001:db8:2::10");

        var failures = await WrongPasswordsAsync(client, i => "nadie-v6-" + i, SignInLimitFixture.ClientFailures);
        using var refused = await sameBlock.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        using var allowed = await otherBlock.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);

        Assert.All(failures, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("/admin", allowed.RedirectPath());
    }

    /// <summary>Signs in <paramref name="times"/> times with wrong passwords; what the server answered each time.</summary>
    private static async Task<List<HttpStatusCode>> WrongPasswordsAsync(HttpClient client, Func<int, string> userName, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var wrong = await client.SignInAsync(userName(i), "no-es-la-clave-" + i);
            statuses.Add(wrong.StatusCode);
        }

        return statuses;
    }

    /// <summary>A browser whose requests the reverse proxy reports as coming from <paramref name="address"/>.</summary>
    private HttpClient ClientFrom(string address)
    {
        var client = Host.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
