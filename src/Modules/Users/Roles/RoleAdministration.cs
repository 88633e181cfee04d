using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Users.Identity;

namespace Portal.Users.Roles;

/// <summary>
/// Changes to roles with their rules: the administrator role holds everything and is never edited, the standard
/// roles are never deleted, and a role that someone holds is not deleted either.
/// </summary>
public sealed class RoleAdministration(
    RoleManager<PortalRole> roles,
    RolePermissions rolePermissions,
    PermissionCatalog permissions,
    RoleNames names,
    IUnitOfWork unitOfWork,
    IStringLocalizer<UsersResources> S)
{
    public async Task<IReadOnlyList<PortalRole>> ListAsync(CancellationToken cancellationToken) =>
        [.. RoleNames.InDisplayOrder(await roles.Roles.AsNoTracking().ToListAsync(cancellationToken), r => r.Name!)];

    /// <summary>How many people hold each role, by role id.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountHoldersAsync(CancellationToken cancellationToken) =>
        await unitOfWork.Db.UserRoles.GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    public async Task<(IdentityResult Result, PortalRole Role)> CreateAsync(string name, string? description, CancellationToken cancellationToken)
    {
        var role = new PortalRole(name.Trim()) { Description = description?.Trim() ?? "" };
        if (names.ClashesWithStandard(role.Name!))
        {
            return (S.Refused("Roles_NameOfStandardRole", role.Name!), role);
        }

        return (await unitOfWork.InTransactionAsync(() => roles.CreateAsync(role), cancellationToken), role);
    }

    /// <summary>Sets the role's permissions (and a custom role's description).</summary>
    public async Task<IdentityResult> UpdateAsync(PortalRole role, string? description, IReadOnlyCollection<string> granted, CancellationToken cancellationToken)
    {
        if (RoleNames.IsAdministrator(role.Name))
        {
            return S.Refused("Roles_AdministratorFixed");
        }

        var unknown = granted.FirstOrDefault(p => !permissions.Exists(p));
        if (unknown is not null)
        {
            return S.Refused("Roles_UnknownPermission", unknown);
        }

        return await unitOfWork.InTransactionAsync(async () =>
        {
            if (!RoleNames.IsStandard(role.Name!))
            {
                role.Description = description?.Trim() ?? "";
                var updated = await roles.UpdateAsync(role);
                if (!updated.Succeeded)
                {
                    return updated;
                }
            }

            return await rolePermissions.SetAsync(role, granted);
        }, cancellationToken);
    }

    public async Task<IdentityResult> DeleteAsync(PortalRole role, CancellationToken cancellationToken)
    {
        if (RoleNames.IsStandard(role.Name!))
        {
            return S.Refused("Roles_StandardCannotBeDeleted", names.Display(role.Name!));
        }

        var holders = await unitOfWork.Db.UserRoles.CountAsync(ur => ur.RoleId == role.Id, cancellationToken);
        if (holders > 0)
        {
            return S.Refused("Roles_InUse", role.Name!, holders);
        }

        return await unitOfWork.InTransactionAsync(() => roles.DeleteAsync(role), cancellationToken);
    }
}
