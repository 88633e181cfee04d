using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Users;

public sealed class Permissions(IStringLocalizer<UsersResources> S) : IPermissionProvider
{
    public const string ManageUsersName = "Users.Manage";
    public static readonly Permission ManageUsers = new(ManageUsersName, "", "Users");
    public const string ManageRolesName = "Roles.Manage";
    public static readonly Permission ManageRoles = new(ManageRolesName, "", "Users");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageUsers with { Description = S["Permission_ManageUsers"] },
        ManageRoles with { Description = S["Permission_ManageRoles"] },
    ];

    /// <summary>Only administrators manage people and roles; they hold every permission anyway.</summary>
    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
