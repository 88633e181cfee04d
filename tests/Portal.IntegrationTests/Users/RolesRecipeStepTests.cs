using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Testing;

namespace Portal.IntegrationTests.Users;

public sealed class RolesRecipeStepTests(PortalFixture fixture) : PortalTest<PortalFixture>(fixture), IClassFixture<PortalFixture>
{
    [Fact]
    public async Task Validation_names_each_unknown_permission_and_bad_role_by_its_JSON_path()
    {
        var errors = await ValidateAsync("""
            { "name": "roles", "roles": [
                { "name": "Revisión", "permissions": ["Admin.Access", "Nada.Que.Ver"] },
                { "name": "Administrator", "permissions": [] },
                { "name": "revisión", "description": 3 }
            ] }
            """);

        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.Contains("$.roles[0].permissions[1]", StringComparison.Ordinal) && e.Contains("«Nada.Que.Ver» no existe", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.roles[1].name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.roles[2].name", StringComparison.Ordinal) && e.Contains("más de una vez", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.roles[2].description", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.roles[2].permissions", StringComparison.Ordinal));
        Assert.Empty(await ValidateAsync("""{ "name": "roles", "roles": [ { "name": "Revisión", "permissions": ["Admin.Access"] } ] }"""));
    }

    [Fact]
    public async Task Applying_creates_or_updates_roles_replacing_their_permissions_and_export_reads_them_back()
    {
        await ExecuteAsync("""
            { "name": "roles", "roles": [
                { "name": "Revisión", "description": "Revisa trámites", "permissions": ["Admin.Access", "Users.Manage"] }
            ] }
            """);
        await ExecuteAsync("""
            { "name": "roles", "roles": [
                { "name": "Revisión", "description": "Revisa trámites y guías", "permissions": ["Admin.Access"] },
                { "name": "Editor", "permissions": ["Admin.Access", "Roles.Manage"] }
            ] }
            """);

        Assert.Equal(["Admin.Access"], await PermissionsOfAsync("Revisión"));
        Assert.Equal(["Admin.Access", "Roles.Manage"], await PermissionsOfAsync(PortalRoles.Editor));
        var exported = await Host.RunAsync(async (services, ct) =>
        {
            var exporter = services.GetServices<IRecipeExporter>().Single(e => e.StepName == "roles");
            return (await exporter.ExportAsync(services, ct))!;
        });
        var roles = exported["roles"]!.AsArray().Select(r => r!.AsObject()).ToList();
        var revision = roles.Single(r => (string?)r["name"] == "Revisión");
        Assert.Equal("roles", (string?)exported["name"]);
        Assert.DoesNotContain(roles, r => (string?)r["name"] == PortalRoles.Administrator);
        Assert.Equal("Revisa trámites y guías", (string?)revision["description"]);
        Assert.Equal(["Admin.Access"], revision["permissions"]!.AsArray().Select(p => (string?)p));
        Assert.Empty(await ValidateAsync(exported.ToJsonString()));
    }

    private Task<IReadOnlyList<string>> ValidateAsync(string json) =>
        Host.RunAsync<IReadOnlyList<string>>(async (services, ct) =>
        {
            using var document = JsonDocument.Parse(json);
            var context = new RecipeValidationContext(services, 0, "roles");
            await RolesStep(services).ValidateAsync(document.RootElement, context, ct);
            return [.. context.Errors.Select(e => e.ToString()!)];
        });

    private Task ExecuteAsync(string json) =>
        Host.RunAsync(async (services, ct) =>
        {
            using var document = JsonDocument.Parse(json);
            var validation = new RecipeValidationContext(services, 0, "roles");
            await RolesStep(services).ValidateAsync(document.RootElement, validation, ct);
            Assert.Empty(validation.Errors);
            await RolesStep(services).ExecuteAsync(document.RootElement, new RecipeExecutionContext(services, PortalHost.AdminUserName, new Dictionary<string, string>()), ct);
        });

    private Task<List<string>> PermissionsOfAsync(string roleName) =>
        Host.RunAsync(async (services, _) =>
        {
            var roles = services.GetRequiredService<RoleManager<PortalRole>>();
            var claims = await roles.GetClaimsAsync((await roles.FindByNameAsync(roleName))!);
            return claims.Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        });

    private static IRecipeStep RolesStep(IServiceProvider services) => services.GetServices<IRecipeStep>().Single(s => s.Name == "roles");
}
