using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;

namespace Portal.Users.Roles;

/// <summary>The permissions a role holds, stored as its claims of type <see cref="PermissionClaims.Type"/>.</summary>
public sealed class RolePermissions(RoleManager<PortalRole> roles)
{
    public async Task<IReadOnlySet<string>> GetAsync(PortalRole role) =>
        (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Makes the role hold exactly <paramref name="permissions"/>: what is missing is added, the rest removed.</summary>
    public async Task<IdentityResult> SetAsync(PortalRole role, IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        foreach (var claim in (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaims.Type && !wanted.Contains(c.Value)))
        {
            var removed = await roles.RemoveClaimAsync(role, claim);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        var held = await GetAsync(role);
        foreach (var permission in wanted.Where(p => !held.Contains(p)).Order(StringComparer.Ordinal))
        {
            var added = await roles.AddClaimAsync(role, new Claim(PermissionClaims.Type, permission));
            if (!added.Succeeded)
            {
                return added;
            }
        }

        return IdentityResult.Success;
    }
}
