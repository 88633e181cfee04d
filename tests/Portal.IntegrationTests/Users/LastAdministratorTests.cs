using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

/// <summary>A site with exactly one administrator, which nothing may take away.</summary>
public sealed class LastAdministratorTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_the_last_administrator_is_refused_with_a_Spanish_message()
    {
        var page = "/admin/usuarios/" + await Host.UserIdAsync(PortalHost.AdminUserName);
        using var admin = await Host.SignedInClientAsync();

        using var deleted = await admin.PostFormAsync(page + "/eliminar", []);
        using var demoted = await admin.PostFormAsync(page,
            [new("Input.DisplayName", "Admin"), new("Input.Email", PortalHost.AdminEmail), new("Input.Roles", PortalRoles.Editor)]);
        using var locked = await admin.PostFormAsync(page, [], page + "?handler=Lock");

        Assert.Contains("No se puede eliminar al último administrador", await deleted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("No se puede quitar el rol Administrador al último administrador", await demoted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("No se puede bloquear al último administrador", await locked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var (exists, roles, lockedOut) = await Host.RunAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByNameAsync(PortalHost.AdminUserName);
            return (user is not null, await users.GetRolesAsync(user!), await users.IsLockedOutAsync(user!));
        });
        Assert.True(exists);
        Assert.Equal(PortalRoles.Administrator, Assert.Single(roles));
        Assert.False(lockedOut);
    }
}
