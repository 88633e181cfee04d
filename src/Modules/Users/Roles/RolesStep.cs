using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;

namespace Portal.Users.Roles;

/// <summary>
/// The "roles" recipe step: <c>{ "name": "roles", "roles": [ { "name", "description", "permissions": [...] } ] }</c>.
/// Creates missing roles and makes each listed role hold exactly the listed permissions.
/// </summary>
internal sealed class RolesStep(IStringLocalizer<UsersResources> S) : IRecipeStep
{
    public const string StepName = "roles";

    /// <summary>Identity's column for role names.</summary>
    private const int MaxNameLength = 256;

    public string Name => StepName;

    public Task ValidateAsync(JsonElement step, RecipeValidationContext context, CancellationToken cancellationToken)
    {
        if (!step.TryGetProperty("roles", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            context.AddError("$.roles", S["Recipe_Roles_ListRequired"]);
            return Task.CompletedTask;
        }

        var permissions = context.Services.GetRequiredService<PermissionCatalog>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var role in list.EnumerateArray())
        {
            var path = $"$.roles[{index++}]";
            if (role.ValueKind != JsonValueKind.Object)
            {
                context.AddError(path, S["Recipe_Roles_RoleNotAnObject"]);
                continue;
            }

            ValidateName(role, path, seen, context);
            if (role.TryGetProperty("description", out var description) && description.ValueKind != JsonValueKind.String)
            {
                context.AddError(path + ".description", S["Recipe_Roles_DescriptionNotText"]);
            }

            if (!role.TryGetProperty("permissions", out var granted) || granted.ValueKind != JsonValueKind.Array)
            {
                context.AddError(path + ".permissions", S["Recipe_Roles_PermissionsRequired"]);
                continue;
            }

            var i = 0;
            foreach (var permission in granted.EnumerateArray())
            {
                var permissionPath = $"{path}.permissions[{i++}]";
                if (permission.ValueKind != JsonValueKind.String)
                {
                    context.AddError(permissionPath, S["Recipe_Roles_PermissionNotText"]);
                }
                else if (!permissions.Exists(permission.GetString()!))
                {
                    context.AddError(permissionPath, S["Recipe_Roles_UnknownPermission", permission.GetString()!]);
                }
            }
        }

        return Task.CompletedTask;
    }

    public async Task ExecuteAsync(JsonElement step, RecipeExecutionContext context, CancellationToken cancellationToken)
    {
        var roles = context.Services.GetRequiredService<RoleManager<PortalRole>>();
        var rolePermissions = context.Services.GetRequiredService<RolePermissions>();
        await context.Services.GetRequiredService<IUnitOfWork>().BeginAsync(cancellationToken);
        foreach (var item in step.GetProperty("roles").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString()!.Trim();
            var description = item.TryGetProperty("description", out var d) ? d.GetString()!.Trim() : null;
            var granted = item.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()!).ToList();
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new PortalRole(name) { Description = description ?? "" };
                Check(await roles.CreateAsync(role), name);
            }
            else if (description is not null && description != role.Description)
            {
                role.Description = description;
                Check(await roles.UpdateAsync(role), name);
            }

            Check(await rolePermissions.SetAsync(role, granted), name);
        }
    }

    private void ValidateName(JsonElement role, string path, HashSet<string> seen, RecipeValidationContext context)
    {
        var name = role.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : "";
        if (name.Length == 0)
        {
            context.AddError(path + ".name", S["Recipe_Roles_NameRequired"]);
        }
        else if (name.Length > MaxNameLength)
        {
            context.AddError(path + ".name", S["Recipe_Roles_NameTooLong", MaxNameLength]);
        }
        else if (RoleNames.IsAdministrator(name))
        {
            context.AddError(path + ".name", S["Recipe_Roles_AdministratorFixed"]);
        }
        else if (!seen.Add(name))
        {
            context.AddError(path + ".name", S["Recipe_Roles_Duplicate", name]);
        }
    }

    /// <summary>Validation has ruled out every failure Identity could report here; one left is a fault, not bad input.</summary>
    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The recipe could not save the role '{role}': " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
