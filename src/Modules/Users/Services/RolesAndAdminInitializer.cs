using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Hosting;
using Portal.Core.Security;

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
        var roles = services.GetRequiredService<RoleManager<PortalRole>>();
        var grants = services.GetServices<IPermissionProvider>().SelectMany(p => p.GetDefaultGrants()).ToList();
        foreach (var roleName in PortalRoles.All)
        {
            if (await roles.RoleExistsAsync(roleName))
            {
                continue;
            }

            var role = new PortalRole(roleName);
            Check(await roles.CreateAsync(role));
            foreach (var permission in grants.Where(g => g.Role == roleName).SelectMany(g => g.Permissions).DistinctBy(p => p.Name))
            {
                Check(await roles.AddClaimAsync(role, new System.Security.Claims.Claim(PermissionClaims.Type, permission.Name)));
            }
        }

        var users = services.GetRequiredService<UserManager<PortalUser>>();
        if ((await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count > 0)
        {
            return;
        }

        var options = services.GetRequiredService<IOptions<AdminAccountOptions>>().Value;
        var password = string.IsNullOrEmpty(options.Password) ? GeneratePassword() : options.Password;
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

    /// <summary>24 characters from all four classes, so it passes any password policy.</summary>
    internal static string GeneratePassword()
    {
        const string lower = "abcdefghijkmnopqrstuvwxyz", upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", digits = "23456789", symbols = "-_.!?#%+";
        const string all = lower + upper + digits + symbols;
        var chars = new char[24];
        chars[0] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[1] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        chars[3] = symbols[RandomNumberGenerator.GetInt32(symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not set up roles or the administrator: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
