using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Api.Tokens;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>Tokens are made and revoked by administrators in the admin; the API takes nothing else as a sign-in.</summary>
public sealed class ApiTokenTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_token_is_shown_once_works_and_stops_working_when_revoked()
    {
        using var admin = await Host.SignedInClientAsync();
        var secret = await admin.CreateTokenAsync(PortalHost.AdminUserName, "Gestor de expedientes");
        using var api = Host.Bearer(secret);

        using var before = await api.GetAsync("/api/content", Ct);
        var list = await admin.GetStringAsync(ApiClients.TokensPath, Ct);
        var stored = await StoredAsync("Gestor de expedientes");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.StartsWith("ptl_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains(secret[..12], list, StringComparison.Ordinal);
        Assert.Equal(ApiTokenSecrets.Hash(secret), stored.SecretHash);
        Assert.NotNull(stored.LastUsedUtc);

        using var revoke = await admin.PostFormAsync(ApiClients.TokensPath, [], $"{ApiClients.TokensPath}?handler=Revoke&id={stored.Id}");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Contains("Revocado", await admin.GetStringAsync(ApiClients.TokensPath, Ct), StringComparison.Ordinal);

        using var after = await api.GetAsync("/api/content", Ct);
        var problem = await after.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("revocado", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Contains("invalid_token", after.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        using var admin = await Host.SignedInClientAsync();
        var secret = await admin.CreateTokenAsync(PortalHost.AdminUserName, "Caduca pronto", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        using var api = Host.Bearer(secret);
        using var working = await api.GetAsync("/api/content", Ct);
        Assert.Equal(HttpStatusCode.OK, working.StatusCode);

        var hash = ApiTokenSecrets.Hash(secret);
        await Host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<ApiToken>()
            .Where(t => t.SecretHash == hash).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresUtc, DateTime.UtcNow.AddMinutes(-1)), ct));

        using var expired = await api.GetAsync("/api/content", Ct);
        await expired.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Caducado", await admin.GetStringAsync(ApiClients.TokensPath, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_of_a_locked_out_user_is_refused()
    {
        var (userName, api) = await Host.UserApiAsync(PortalRoles.Editor);
        using (api)
        {
            using var working = await api.GetAsync("/api/content", Ct);
            Assert.Equal(HttpStatusCode.OK, working.StatusCode);

            await using (var scope = Host.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                var user = await users.FindByNameAsync(userName);
                Assert.True((await users.SetLockoutEndDateAsync(user!, DateTimeOffset.UtcNow.AddDays(1))).Succeeded);
            }

            using var locked = await api.GetAsync("/api/content", Ct);
            var problem = await locked.ProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("bloqueado", problem.Text("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_admin_cookie_does_not_open_the_api_nor_does_a_made_up_token()
    {
        using var admin = await Host.SignedInClientAsync();
        using var withCookie = await admin.GetAsync("/api/content", Ct);
        using var madeUp = Host.Bearer("ptl_" + new string('a', 43));
        using var withMadeUp = await madeUp.GetAsync("/api/content", Ct);

        var cookieProblem = await withCookie.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", cookieProblem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("Bearer", withCookie.Headers.WwwAuthenticate.ToString());
        await withMadeUp.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_form_refuses_an_unknown_user_and_creates_nothing()
    {
        using var admin = await Host.SignedInClientAsync();
        var countBefore = await CountAsync();

        using var response = await admin.PostFormAsync(ApiClients.NewTokenPath, [new("UserName", "nadie-con-ese-nombre"), new("Name", "Sin dueño"), new("ExpiresOn", "2001-01-01")]);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No existe el usuario «nadie-con-ese-nombre».", html, StringComparison.Ordinal);
        Assert.Contains("La fecha de caducidad debe ser posterior a hoy.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Sin dueño\"", html, StringComparison.Ordinal);
        Assert.Null(ApiClients.SecretIn(html));
        Assert.Equal(countBefore, await CountAsync());
    }

    [Fact]
    public async Task Only_administrators_manage_tokens()
    {
        var editor = await Host.CreateUserAsync(PortalRoles.Editor);
        using var client = await Host.SignedInClientAsync(editor, ApiClients.Password);

        using var list = await client.GetAsync(ApiClients.TokensPath, Ct);
        using var form = await client.GetAsync(ApiClients.NewTokenPath, Ct);

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.StartsWith("/admin/acceso-denegado", list.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
    }

    private Task<ApiToken> StoredAsync(string name) =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<ApiToken>().AsNoTracking().SingleAsync(t => t.Name == name, ct));

    private Task<int> CountAsync() =>
        Host.RunAsync((services, ct) => services.GetRequiredService<IUnitOfWork>().Db.Set<ApiToken>().CountAsync(ct));
}
