using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Security;

namespace Portal.Users.Roles;

/// <summary>Exports every role but the administrator (which holds everything anyway) as a "roles" step.</summary>
internal sealed class RolesExporter : IRecipeExporter
{
    public string StepName => RolesStep.StepName;

    /// <summary>After settings, before anything that content or users could need.</summary>
    public int Order => 20;

    public async Task<JsonObject?> ExportAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var roleManager = services.GetRequiredService<RoleManager<PortalRole>>();
        var rolePermissions = services.GetRequiredService<RolePermissions>();
        var all = await roleManager.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var roles = new JsonArray();
        foreach (var role in RoleNames.InDisplayOrder(all, r => r.Name!).Where(r => !RoleNames.IsAdministrator(r.Name)))
        {
            var permissions = (await rolePermissions.GetAsync(role)).Order(StringComparer.Ordinal).Select(p => (JsonNode)p!);
            roles.Add(new JsonObject
            {
                ["name"] = role.Name,
                ["description"] = role.Description,
                ["permissions"] = new JsonArray([.. permissions]),
            });
        }

        return roles.Count == 0 ? null : new JsonObject { ["name"] = StepName, ["roles"] = roles };
    }
}
