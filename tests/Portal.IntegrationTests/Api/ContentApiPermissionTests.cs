using System.Net;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Api;

/// <summary>A token can do exactly what its user can do in the admin, and a refusal writes nothing.</summary>
public sealed class ContentApiPermissionTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_authors_token_writes_drafts_of_their_own_but_cannot_publish_delete_or_edit_others()
    {
        var (_, author) = await Host.UserApiAsync(PortalRoles.Author);
        using var admin = await Host.AdminApiAsync();
        using (author)
        {
            using var own = await author.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Propuesta", summary = "Resumen." } });
            var draft = await own.JsonAsync(HttpStatusCode.Created);
            var itemId = draft.Text("itemId");
            using var adminsPage = await admin.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Del equipo", summary = "Resumen." } });
            var others = await adminsPage.JsonAsync(HttpStatusCode.Created);
            var rows = await Host.ContentRowsAsync();

            using var createPublished = await author.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Directa", summary = "Resumen." }, publish = true });
            using var publish = await author.PostAsync($"/api/content/{itemId}/publish", null, Ct);
            using var updatePublishing = await author.PutJsonAsync("/api/content/" + itemId, new { concurrencyStamp = draft.Text("concurrencyStamp"), data = new { title = "Propuesta", summary = "Resumen." }, publish = true });
            using var delete = await author.DeleteAsync("/api/content/" + itemId, Ct);
            using var editOthers = await author.PutJsonAsync("/api/content/" + others.Text("itemId"), new { concurrencyStamp = others.Text("concurrencyStamp"), data = new { title = "Cambiada" } });

            foreach (var refused in new[] { createPublished, publish, updatePublishing, delete, editOthers })
            {
                await refused.ProblemAsync(HttpStatusCode.Forbidden);
            }

            Assert.Equal(rows, await Host.ContentRowsAsync());
            var stored = await (await admin.GetAsync("/api/content/" + itemId, Ct)).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(draft.Text("concurrencyStamp"), stored.Text("concurrencyStamp"));

            // What the author may do still works: editing their own draft, and reading everything.
            using var edit = await author.PutJsonAsync("/api/content/" + itemId, new { concurrencyStamp = draft.Text("concurrencyStamp"), data = new { title = "Propuesta revisada", summary = "Resumen." } });
            Assert.Equal("Propuesta revisada", (await edit.JsonAsync(HttpStatusCode.OK)).Text("title"));
            using var read = await author.GetAsync("/api/content/" + others.Text("itemId"), Ct);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
    }

    [Fact]
    public async Task An_editors_token_publishes_and_deletes_what_an_author_wrote()
    {
        var (_, author) = await Host.UserApiAsync(PortalRoles.Author);
        var (_, editor) = await Host.UserApiAsync(PortalRoles.Editor);
        using (author)
        using (editor)
        {
            using var create = await author.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "Para revisar", summary = "Resumen." } });
            var itemId = (await create.JsonAsync(HttpStatusCode.Created)).Text("itemId");

            using var publish = await editor.PostAsync($"/api/content/{itemId}/publish", null, Ct);
            Assert.Equal("published", (await publish.JsonAsync(HttpStatusCode.OK)).Text("status"));
            using var delete = await editor.DeleteAsync("/api/content/" + itemId, Ct);
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_of_a_role_without_the_content_permission_is_forbidden()
    {
        var (_, citizenService) = await Host.UserApiAsync(PortalRoles.CitizenService);
        using (citizenService)
        {
            using var list = await citizenService.GetAsync("/api/content", Ct);
            using var create = await citizenService.PostJsonAsync("/api/content", new { contentType = "page", data = new { title = "No" } });

            await list.ProblemAsync(HttpStatusCode.Forbidden);
            await create.ProblemAsync(HttpStatusCode.Forbidden);
        }
    }
}
