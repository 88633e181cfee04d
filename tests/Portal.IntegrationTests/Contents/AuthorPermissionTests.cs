using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Contents;

/// <summary>Authors write drafts of their own; publishing and scheduling are for editors.</summary>
public sealed class AuthorPermissionTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private const string Password = "Autora-Segura-2026!";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_author_writes_a_draft_but_cannot_publish_it()
    {
        using var author = await SignedInAuthorAsync();
        var newForm = await author.GetStringAsync(ContentAdmin.NewPagePath, Ct);
        Assert.False(ContentAdmin.HasButton(newForm, "Publicar"), "An author sees the Publish button.");
        Assert.DoesNotContain("Programación", newForm, StringComparison.Ordinal);

        var itemId = await author.CreatePageAsync("Propuesta de la autora", "Un resumen completo.", "propuesta-autora", "Texto listo.");
        var form = await author.LoadFormAsync(itemId);
        Assert.False(ContentAdmin.HasButton(form.Html, "Publicar"), "An author sees the Publish button.");

        // A hand-made request to the publish handler, as if the button were there.
        var publishAction = ContentAdmin.ActionOf(form.Html, "Guardar borrador").Replace("handler=Save", "handler=Publish", StringComparison.Ordinal);
        using var publish = await author.PostFormAsync(ContentAdmin.EditPath(itemId),
            ContentAdmin.PageFields("Propuesta de la autora", "Un resumen completo.", "propuesta-autora", "Texto listo.")
                .Concat([new("VersionId", form.VersionId), new("ConcurrencyStamp", form.ConcurrencyStamp)]),
            publishAction);

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.StartsWith("/admin/acceso-denegado", publish.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.PublicAsync("/propuesta-autora")).Status);
        Assert.Equal(form.ConcurrencyStamp, (await author.LoadFormAsync(itemId)).ConcurrencyStamp);
    }

    [Fact]
    public async Task An_author_cannot_schedule_a_publication()
    {
        using var author = await SignedInAuthorAsync();
        var itemId = await author.CreatePageAsync("Otra propuesta", "Resumen.", "otra-propuesta");
        var form = await author.LoadFormAsync(itemId);

        using var response = await author.PostEditAsync(itemId, form,
            [.. ContentAdmin.PageFields("Otra propuesta", "Resumen.", "otra-propuesta"), new("PublishAt", "2099-01-01T10:00")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/acceso-denegado", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"tag\">Programado</span>", await author.GetStringAsync("/admin/contenidos?buscar=otra+propuesta", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_cannot_edit_someone_elses_item()
    {
        using var admin = await Host.SignedInClientAsync();
        var itemId = await admin.CreatePageAsync("Página del equipo editorial", "Resumen.", "pagina-editorial");
        using var author = await SignedInAuthorAsync();

        using var edit = await author.GetAsync(ContentAdmin.EditPath(itemId), Ct);
        var list = await author.GetStringAsync("/admin/contenidos?buscar=equipo+editorial", Ct);

        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.StartsWith("/admin/acceso-denegado", edit.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/contenidos/{itemId}/vista-previa\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/admin/contenidos/{itemId}\"", list, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAuthorAsync()
    {
        var userName = "autora-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = userName, Email = userName + "@portal.test", EmailConfirmed = true, DisplayName = "Autora", CreatedUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Author)).Succeeded);
        }

        return await Host.SignedInClientAsync(userName, Password);
    }
}
