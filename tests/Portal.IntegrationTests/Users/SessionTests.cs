using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Testing;
using Portal.Users.Sessions;

namespace Portal.IntegrationTests.Users;

/// <summary>A session ends on the server: a copied cookie is worth nothing once its owner signs out or is stopped.</summary>
public sealed class SessionTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_cookie_captured_before_signing_out_is_refused_right_after_it()
    {
        using var browser = Host.CreateBrowserLikeClient();
        using var signIn = await browser.SignInAsync(PortalHost.AdminUserName, PortalHost.AdminPassword);
        var captured = TestUsers.SessionCookie(signIn);

        using var before = await Host.ReplayAsync(captured, "/admin");
        using var signOut = await browser.PostFormAsync("/admin", [], "/admin/salir");
        using var after = await Host.ReplayAsync(captured, "/admin");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/admin/acceso", signOut.RedirectPath());
        Assert.StartsWith("/admin/acceso", after.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_keeps_the_others_signed_in()
    {
        await Host.CreateUserAsync("dos-navegadores", PortalRoles.Editor);
        using var office = await Host.SignedInClientAsync("dos-navegadores", TestUsers.Password);
        using var home = await Host.SignedInClientAsync("dos-navegadores", TestUsers.Password);

        using var signOut = await office.PostFormAsync("/admin", [], "/admin/salir");
        using var officeAfter = await office.GetAsync("/admin", Ct);
        using var homeAfter = await home.GetAsync("/admin", Ct);

        Assert.StartsWith("/admin/acceso", officeAfter.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, homeAfter.StatusCode);
    }

    [Fact]
    public async Task Locking_a_user_ends_their_open_sessions_at_once()
    {
        await Host.CreateUserAsync("sesion-bloqueada", PortalRoles.Editor);
        var page = "/admin/usuarios/" + await Host.UserIdAsync("sesion-bloqueada");
        using var person = await Host.SignedInClientAsync("sesion-bloqueada", TestUsers.Password);
        using var admin = await Host.SignedInClientAsync();

        using var before = await person.GetAsync("/admin", Ct);
        using var locked = await admin.PostFormAsync(page, [], page + "?handler=Lock");
        using var after = await person.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(page, locked.RedirectPath());
        Assert.StartsWith("/admin/acceso", after.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_ends_the_persons_open_sessions_at_once()
    {
        await Host.CreateUserAsync("sesion-clave", PortalRoles.Editor);
        var page = "/admin/usuarios/" + await Host.UserIdAsync("sesion-clave");
        using var person = await Host.SignedInClientAsync("sesion-clave", TestUsers.Password);
        using var admin = await Host.SignedInClientAsync();

        using var changed = await admin.PostFormAsync(page + "/contrasena",
            [new("Password.Generate", "false"), new("Password.Password", "Otra-Clave-Nueva-99"), new("Password.ConfirmPassword", "Otra-Clave-Nueva-99")]);
        using var after = await person.GetAsync("/admin", Ct);
        using var adminAfter = await admin.GetAsync("/admin", Ct);

        Assert.Equal(page, changed.RedirectPath());
        Assert.StartsWith("/admin/acceso", after.RedirectPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, adminAfter.StatusCode);
    }

    [Fact]
    public async Task A_session_is_a_row_with_its_user_and_an_unreadable_ticket()
    {
        await Host.CreateUserAsync("sesion-guardada", PortalRoles.Editor);
        var userId = await Host.UserIdAsync("sesion-guardada");
        using var person = await Host.SignedInClientAsync("sesion-guardada", TestUsers.Password);

        var tickets = await Host.RunAsync((services, ct) => Sessions(services).Where(s => s.UserId == userId).Select(s => s.Ticket).ToListAsync(ct));

        var ticket = Assert.Single(tickets);
        Assert.DoesNotContain("sesion-guardada", Encoding.UTF8.GetString(ticket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_sessions_are_purged_and_live_ones_kept()
    {
        using var live = await Host.SignedInClientAsync();
        var adminId = await Host.UserIdAsync(PortalHost.AdminUserName);
        await Host.RunAsync((services, ct) =>
        {
            Sessions(services).Add(new UserSession { Id = "caducada", UserId = adminId, Ticket = [1], ExpiresUtc = DateTime.UtcNow.AddMinutes(-1) });
            return services.GetRequiredService<IUnitOfWork>().Db.SaveChangesAsync(ct);
        });

        var task = Host.Services.GetServices<IBackgroundTask>().Single(t => t.Name == "Users.PurgeSessions");
        await Host.RunAsync((services, ct) => task.RunAsync(services, ct));
        var left = await Host.RunAsync((services, ct) => Sessions(services).Select(s => s.Id).ToListAsync(ct));
        using var stillIn = await live.GetAsync("/admin", Ct);

        Assert.DoesNotContain("caducada", left);
        Assert.NotEmpty(left);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    private static DbSet<UserSession> Sessions(IServiceProvider services) => services.GetRequiredService<IUnitOfWork>().Db.Set<UserSession>();
}
