using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Users.Identity;
using Portal.Users.Roles;

namespace Portal.Users.Services;

/// <summary>
/// On start: the standard roles exist with their default permissions, and the site has an administrator.
/// Only missing roles are seeded, so permissions an administrator changed later are left alone.
/// </summary>
internal sealed class RolesAndAdminInitializer(TimeProvider time, ILogger<RolesAndAdminInitializer> logger) : IPortalInitializer
{
    public int Order => 200;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        // One transaction: a start that fails halfway leaves no role without its permissions and no admin without the role.
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        var roles = services.GetRequiredService<RoleManager<PortalRole>>();
        var rolePermissions = services.GetRequiredService<RolePermissions>();
        var grants = services.GetServices<IPermissionProvider>().SelectMany(p => p.GetDefaultGrants()).ToList();
        foreach (var roleName in PortalRoles.All)
        {
            if (await roles.RoleExistsAsync(roleName))
            {
                continue;
            }

            var role = new PortalRole(roleName);
            Check(await roles.CreateAsync(role));
            Check(await rolePermissions.SetAsync(role, grants.Where(g => g.Role == roleName).SelectMany(g => g.Permissions).Select(p => p.Name)));
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        if ((await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0)
        {
            await unitOfWork.CommitAsync(cancellationToken);
            return;
        }

        var options = services.GetRequiredService<IOptions<AdminAccountOptions>>().Value;
        var password = string.IsNullOrEmpty(options.Password) ? PasswordGenerator.Generate() : options.Password;
        var admin = new PortalUser
        {
            UserName = options.UserName,
            Email = options.Email,
            EmailConfirmed = true,
            DisplayName = options.UserName,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, PortalRoles.Administrator));
        await unitOfWork.CommitAsync(cancellationToken);
        if (string.IsNullOrEmpty(options.Password))
        {
            // Shown once, so whoever installs the site can sign in; it is never stored in clear anywhere else.
            logger.LogWarning("Created the administrator '{UserName}' with the generated password: {Password} (change it after signing in; set Portal:Admin:Password to choose it)", admin.UserName, password);
        }
        else
        {
            logger.LogInformation("Created the administrator '{UserName}' with the configured password", admin.UserName);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not set up roles or the administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
