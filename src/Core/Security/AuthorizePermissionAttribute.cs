using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>
/// Lets only users who hold a permission reach a page, controller or action. It takes the permission's name constant
/// (<c>Permissions.ViewContentName</c>) because an attribute argument must be a constant.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizePermissionAttribute(string permissionName) : AuthorizeAttribute(PermissionClaims.PolicyPrefix + permissionName)
{
    public string PermissionName { get; } = permissionName;
}
