using Microsoft.Extensions.Localization;
using Portal.Core.Security;

namespace Portal.Users;

public sealed class Permissions(IStringLocalizer<UsersResources> S) : IPermissionProvider
{
    public static readonly Permission ManageUsers = new("Users.Manage", "", "Users");
    public static readonly Permission ManageRoles = new("Roles.Manage", "", "Users");

    public IEnumerable<Permission> GetPermissions() =>
    [
        ManageUsers with { Description = S["Permission_ManageUsers"] },
        ManageRoles with { Description = S["Permission_ManageRoles"] },
    ];

    /// <summary>Only administrators manage people and roles; they hold every permission anyway.</summary>
    public IEnumerable<(string Role, IEnumerable<Permission> Permissions)> GetDefaultGrants() => [];
}
