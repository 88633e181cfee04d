using System.Net;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

/// <summary>A site whose accounts lock after five failed sign-ins, fewer than one client may make in a minute.</summary>
public sealed class LockoutFixture : PortalFixture
{
    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.With("Portal:SignIn:AccountFailures", "5");
    }
}

public sealed class LockoutTests(LockoutFixture fixture) : PortalTest<LockoutFixture>(fixture), IClassFixture<LockoutFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_five_wrong_passwords_the_right_one_is_refused_with_the_same_message()
    {
        await Host.CreateUserAsync("intentos", PortalRoles.Editor);
        using var client = Host.CreateBrowserLikeClient();

        var messages = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.SignInAsync("intentos", "no-es-la-clave-" + i);
            messages.Add(TestUsers.SignInError(await wrong.Content.ReadAsStringAsync(Ct)));
        }

        using var right = await client.SignInAsync("intentos", TestUsers.Password);
        using var unknown = await client.SignInAsync("nadie-se-llama-asi", TestUsers.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var lockedMessage = TestUsers.SignInError(await right.Content.ReadAsStringAsync(Ct));
        Assert.All(messages, m => Assert.Equal(lockedMessage, m));
        Assert.Equal(lockedMessage, TestUsers.SignInError(await unknown.Content.ReadAsStringAsync(Ct)));
        Assert.StartsWith("No hemos podido iniciar sesión con esos datos.", lockedMessage, StringComparison.Ordinal);
        Assert.Null(right.Headers.Location);
    }
}
