using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

public sealed partial class UserManagementTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_author_cannot_open_user_management_nor_see_it_in_the_menu()
    {
        await Host.CreateUserAsync("autora", PortalRoles.Author);
        using var client = await Host.SignedInClientAsync("autora", TestUsers.Password);

        using var response = await client.GetAsync("/admin/usuarios", Ct);
        var deniedPath = response.RedirectPath();
        using var denied = await client.GetAsync(deniedPath, Ct);
        var dashboard = await client.GetStringAsync("/admin", Ct);

        Assert.StartsWith("/admin/acceso-denegado", deniedPath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("No tienes permiso para abrir esta página", await denied.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/usuarios\"", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/roles\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_created_as_editor_signs_in_and_reaches_the_admin_but_not_user_management()
    {
        using var admin = await Host.SignedInClientAsync();

        using var created = await admin.PostFormAsync("/admin/usuarios/nuevo",
        [
            new("UserName", "editora"),
            new("Input.DisplayName", "Elena Editora"),
            new("Input.Email", "editora@portal.test"),
            new("Input.Roles", PortalRoles.Editor),
            new("Password.Generate", "false"),
            new("Password.Password", TestUsers.Password),
            new("Password.ConfirmPassword", TestUsers.Password),
        ]);
        var userPage = created.RedirectPath();
        var edit = await admin.GetStringAsync(userPage, Ct);
        using var editor = await Host.SignedInClientAsync("editora", TestUsers.Password);
        using var dashboard = await editor.GetAsync("/admin", Ct);
        using var users = await editor.GetAsync("/admin/usuarios", Ct);

        Assert.Contains("Se ha creado el usuario «editora»", edit, StringComparison.Ordinal);
        Assert.Contains("Elena Editora", edit, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.StartsWith("/admin/acceso-denegado", users.RedirectPath(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_generated_password_is_shown_once_and_signs_in()
    {
        using var admin = await Host.SignedInClientAsync();

        using var created = await admin.PostFormAsync("/admin/usuarios/nuevo",
        [
            new("UserName", "generada"),
            new("Input.DisplayName", "Gema Generada"),
            new("Input.Email", "generada@portal.test"),
            new("Input.Roles", PortalRoles.Author),
            new("Password.Generate", "true"),
        ]);
        var html = await created.Content.ReadAsStringAsync(Ct);
        var password = WebUtility.HtmlDecode(GeneratedPasswordPattern().Match(html).Groups[1].Value);
        var id = await Host.UserIdAsync("generada");
        var userPage = await admin.GetStringAsync("/admin/usuarios/" + id, Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(24, password.Length);
        Assert.Contains("no-store", created.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(password, userPage, StringComparison.Ordinal);
        using var author = await Host.SignedInClientAsync("generada", password);
    }

    [Fact]
    public async Task Bad_input_gets_Spanish_messages_next_to_the_fields_and_keeps_what_was_typed()
    {
        using var admin = await Host.SignedInClientAsync();

        using var response = await admin.PostFormAsync("/admin/usuarios/nuevo",
        [
            new("UserName", "con espacios"),
            new("Input.DisplayName", "Nombre Conservado"),
            new("Input.Email", "no-es-un-correo"),
            new("Password.Generate", "false"),
            new("Password.Password", "corta"),
            new("Password.ConfirmPassword", "otra"),
        ]);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        using var weak = await admin.PostFormAsync("/admin/usuarios/nuevo",
        [
            new("UserName", "con espacios"),
            new("Input.DisplayName", "Nombre Conservado"),
            new("Input.Email", PortalHost.AdminEmail),
            new("Password.Generate", "false"),
            new("Password.Password", "corta"),
            new("Password.ConfirmPassword", "corta"),
        ]);
        var identityErrors = WebUtility.HtmlDecode(await weak.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escribe un correo válido", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nombre Conservado\"", html, StringComparison.Ordinal);
        Assert.Contains("La contraseña debe tener al menos 12 caracteres.", identityErrors, StringComparison.Ordinal);
        Assert.Contains("El usuario «con espacios» no es válido", identityErrors, StringComparison.Ordinal);
        Assert.Contains($"Ya hay un usuario con el correo «{PortalHost.AdminEmail}».", identityErrors, StringComparison.Ordinal);
        Assert.Null(await Host.RunAsync(async (services, _) => await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("con espacios")));
    }

    [Fact]
    public async Task The_list_searches_by_name_or_email_and_pages_on_the_server()
    {
        for (var i = 1; i <= 22; i++)
        {
            await Host.CreateUserAsync($"lista{i:00}");
        }

        using var admin = await Host.SignedInClientAsync();

        var first = await admin.GetStringAsync("/admin/usuarios?q=LISTA", Ct);
        var second = await admin.GetStringAsync("/admin/usuarios?q=lista&pagina=2", Ct);
        var byEmail = await admin.GetStringAsync("/admin/usuarios?q=lista07@portal", Ct);

        Assert.Contains("Usuarios encontrados: 22.", first, StringComparison.Ordinal);
        Assert.Contains(">lista01<", first, StringComparison.Ordinal);
        Assert.DoesNotContain(">lista21<", first, StringComparison.Ordinal);
        Assert.Contains(">lista21<", second, StringComparison.Ordinal);
        Assert.Contains("Página 2 de 2", second, StringComparison.Ordinal);
        Assert.Contains("Usuarios encontrados: 1.", byEmail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked()
    {
        await Host.CreateUserAsync("bloqueada", PortalRoles.Author);
        var page = "/admin/usuarios/" + await Host.UserIdAsync("bloqueada");
        using var admin = await Host.SignedInClientAsync();

        using var locked = await admin.PostFormAsync(page, [], page + "?handler=Lock");
        using var client = Host.CreateBrowserLikeClient();
        using var refused = await client.SignInAsync("bloqueada", TestUsers.Password);
        using var unlocked = await admin.PostFormAsync(page, [], page + "?handler=Unlock");
        using var allowed = await client.SignInAsync("bloqueada", TestUsers.Password);

        Assert.Equal(page, locked.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("No hemos podido iniciar sesión", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(page, unlocked.RedirectPath());
        Assert.Equal("/admin", allowed.RedirectPath());
    }

    [Fact]
    public async Task An_administrator_sets_a_new_password_and_only_it_works()
    {
        await Host.CreateUserAsync("cambio", PortalRoles.Author);
        var page = "/admin/usuarios/" + await Host.UserIdAsync("cambio");
        using var admin = await Host.SignedInClientAsync();

        using var changed = await admin.PostFormAsync(page + "/contrasena",
            [new("Password.Generate", "false"), new("Password.Password", "Otra-Clave-Nueva-99"), new("Password.ConfirmPassword", "Otra-Clave-Nueva-99")]);
        using var client = Host.CreateBrowserLikeClient();
        using var old = await client.SignInAsync("cambio", TestUsers.Password);

        Assert.Equal(page, changed.RedirectPath());
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        using var signedIn = await Host.SignedInClientAsync("cambio", "Otra-Clave-Nueva-99");
    }

    [Fact]
    public async Task A_password_Identity_refuses_is_shown_at_the_field_and_the_old_one_still_works()
    {
        await Host.CreateUserAsync("debil", PortalRoles.Author);
        var page = "/admin/usuarios/" + await Host.UserIdAsync("debil");
        using var admin = await Host.SignedInClientAsync();

        using var refused = await admin.PostFormAsync(page + "/contrasena",
            [new("Password.Generate", "false"), new("Password.Password", "corta"), new("Password.ConfirmPassword", "corta")]);
        var form = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("<span[^>]*data-valmsg-for=\"Password.Password\"[^>]*>La contraseña debe tener al menos 12 caracteres.", form);
        using var signedIn = await Host.SignedInClientAsync("debil", TestUsers.Password);
    }

    [Fact]
    public async Task A_user_is_deleted_but_an_administrator_cannot_delete_themselves()
    {
        await Host.CreateUserAsync("adios", PortalRoles.Author);
        await Host.CreateUserAsync("segundo-admin", PortalRoles.Administrator);
        var target = "/admin/usuarios/" + await Host.UserIdAsync("adios") + "/eliminar";
        var self = "/admin/usuarios/" + await Host.UserIdAsync("segundo-admin") + "/eliminar";
        using var admin = await Host.SignedInClientAsync("segundo-admin", TestUsers.Password);

        using var deleted = await admin.PostFormAsync(target, []);
        using var refused = await admin.PostFormAsync(self, []);

        Assert.Equal("/admin/usuarios", deleted.RedirectPath());
        Assert.Contains("No puedes eliminar tu propio usuario.", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.NotNull(await Host.RunAsync(async (services, _) => await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("segundo-admin")));
        Assert.Null(await Host.RunAsync(async (services, _) => await services.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync("adios")));
    }

    [GeneratedRegex("<code id=\"generated-password\">([^<]+)</code>")]
    private static partial Regex GeneratedPasswordPattern();
}
