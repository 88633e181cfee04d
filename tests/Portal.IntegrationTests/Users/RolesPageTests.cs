using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

public sealed class RolesPageTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_roles_page_lists_the_standard_roles_in_Spanish_with_every_modules_permissions()
    {
        using var admin = await Host.SignedInClientAsync();

        var list = await admin.GetStringAsync("/admin/roles", Ct);
        var editor = await admin.GetStringAsync("/admin/roles/" + await Host.RoleIdAsync(PortalRoles.Editor), Ct);

        Assert.Contains(">Administrador<", list, StringComparison.Ordinal);
        Assert.Contains(">Autor<", list, StringComparison.Ordinal);
        Assert.Contains(">Atención ciudadana<", list, StringComparison.Ordinal);
        Assert.Contains("<li>Entrar en el panel de administración</li>", list, StringComparison.Ordinal);
        Assert.Contains("Todos, siempre", list, StringComparison.Ordinal);
        Assert.Contains("<legend>Administración</legend>", editor, StringComparison.Ordinal);
        Assert.Contains("<legend>Usuarios</legend>", editor, StringComparison.Ordinal);
        Assert.Contains("Gestionar usuarios", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"Admin.Access\" checked=\"checked\"", editor, StringComparison.Ordinal);
        Assert.Contains("value=\"Users.Manage\">", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_custom_roles_permissions_decide_what_its_users_can_open()
    {
        using var admin = await Host.SignedInClientAsync();
        using var created = await admin.PostFormAsync("/admin/roles/nuevo", [new("Name", "Gestión de personal"), new("Description", "Da de alta al personal")]);
        var rolePage = created.RedirectPath();

        using var granted = await admin.PostFormAsync(rolePage,
            [new("Description", "Da de alta al personal"), new("Granted", "Admin.Access"), new("Granted", "Users.Manage")]);
        await Host.CreateUserAsync("personal", "Gestión de personal");
        using (var member = await Host.SignedInClientAsync("personal", TestUsers.Password))
        {
            using var users = await member.GetAsync("/admin/usuarios", Ct);
            using var roles = await member.GetAsync("/admin/roles", Ct);
            Assert.Equal(HttpStatusCode.OK, users.StatusCode);
            Assert.Contains("href=\"/admin/usuarios\"", await member.GetStringAsync("/admin", Ct), StringComparison.Ordinal);
            Assert.StartsWith("/admin/acceso-denegado", roles.RedirectPath(), StringComparison.Ordinal);
        }

        using var revoked = await admin.PostFormAsync(rolePage, [new("Description", "Da de alta al personal"), new("Granted", "Admin.Access")]);
        using (var member = await Host.SignedInClientAsync("personal", TestUsers.Password))
        {
            using var users = await member.GetAsync("/admin/usuarios", Ct);
            using var dashboard = await member.GetAsync("/admin", Ct);
            Assert.StartsWith("/admin/acceso-denegado", users.RedirectPath(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        }

        Assert.Equal(rolePage, granted.RedirectPath());
        Assert.Equal(rolePage, revoked.RedirectPath());
    }

    [Fact]
    public async Task The_administrator_role_cannot_be_edited()
    {
        var rolePage = "/admin/roles/" + await Host.RoleIdAsync(PortalRoles.Administrator);
        using var admin = await Host.SignedInClientAsync();

        var page = await admin.GetStringAsync(rolePage, Ct);
        // The page has no form to take a token from; any admin form's token will do.
        using var posted = await admin.PostFormAsync("/admin/roles/nuevo", [new("Granted", "Admin.Access")], rolePage);

        Assert.Contains("tiene siempre todos los permisos y no se puede modificar", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"checkbox\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("tiene siempre todos los permisos y no se puede modificar", await posted.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await Host.RunAsync(async (services, _) =>
        {
            var roles = services.GetRequiredService<RoleManager<PortalRole>>();
            return await roles.GetClaimsAsync((await roles.FindByNameAsync(PortalRoles.Administrator))!);
        }));
    }

    [Fact]
    public async Task A_custom_role_is_deleted_only_once_nobody_holds_it_and_standard_roles_never()
    {
        using var admin = await Host.SignedInClientAsync();
        using var created = await admin.PostFormAsync("/admin/roles/nuevo", [new("Name", "Temporal")]);
        var rolePage = created.RedirectPath();
        await Host.CreateUserAsync("temporal", "Temporal");

        using var held = await admin.PostFormAsync(rolePage + "/eliminar", []);
        await Host.RunAsync(async (services, _) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            await users.RemoveFromRoleAsync((await users.FindByNameAsync("temporal"))!, "Temporal");
        });
        using var deleted = await admin.PostFormAsync(rolePage + "/eliminar", []);
        using var standard = await admin.PostFormAsync("/admin/roles/" + await Host.RoleIdAsync(PortalRoles.Author) + "/eliminar", []);
        using var clash = await admin.PostFormAsync("/admin/roles/nuevo", [new("Name", "autor")]);

        Assert.Contains("No se puede eliminar el rol «Temporal» mientras haya usuarios con él", await held.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal("/admin/roles", deleted.RedirectPath());
        Assert.Contains("«Autor» es un rol estándar y no se puede eliminar.", await standard.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("«autor» es el nombre de un rol estándar", await clash.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False(await Host.RunAsync((services, _) => services.GetRequiredService<RoleManager<PortalRole>>().RoleExistsAsync("Temporal")));
    }
}
