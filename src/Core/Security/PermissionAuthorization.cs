using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Portal.Core.Security;

public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

/// <summary>Turns "Permission:X" policy names into a requirement, so no policy needs registering by hand.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (policyName.StartsWith(PermissionClaims.PolicyPrefix, StringComparison.Ordinal))
        {
            return new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[PermissionClaims.PolicyPrefix.Length..]))
                .Build();
        }

        return await base.GetPolicyAsync(policyName);
    }
}

/// <summary>Administrators hold every permission; others hold what their roles' claims grant.</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.IsInRole(PortalRoles.Administrator) || context.User.HasClaim(PermissionClaims.Type, requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

public static class PermissionAuthorizationExtensions
{
    /// <summary>Whether the user holds the permission: what <see cref="AuthorizePermissionAttribute"/> checks, asked in code.</summary>
    public static async Task<bool> HasPermissionAsync(this IAuthorizationService authorization, ClaimsPrincipal user, Permission permission) =>
        (await authorization.AuthorizeAsync(user, PermissionClaims.Policy(permission))).Succeeded;
}
