using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Core.UnitOfWork;
using Portal.Users.Identity;
using Portal.Users.Roles;
using Portal.Users.Sessions;

namespace Portal.Users.Accounts;

/// <summary>The name, e-mail and roles an administrator gives a person.</summary>
public sealed record UserDetails(string DisplayName, string Email, IReadOnlyCollection<string> Roles);

/// <summary>
/// Changes to people's accounts, with the rules that keep the site administrable, checked in this order: the last
/// administrator stays one; nobody deletes, locks or demotes themselves; only administrators touch administrators
/// or hand out that role.
/// </summary>
public sealed class UserAdministration(
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    IUnitOfWork unitOfWork,
    TimeProvider time,
    IStringLocalizer<UsersResources> S)
{
    public async Task<(IdentityResult Result, PortalUser User)> CreateAsync(ClaimsPrincipal actor, string userName, UserDetails details, string password, CancellationToken cancellationToken)
    {
        var user = new PortalUser
        {
            UserName = userName.Trim(),
            Email = details.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = details.DisplayName.Trim(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };
        var refused = await CheckRolesAsync(actor, user, [], details.Roles);
        if (refused is not null)
        {
            return (refused, user);
        }

        // Identity stops at the first rule that fails; checking them all first shows every problem at once.
        var errors = new List<IdentityError>();
        foreach (var validator in users.UserValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user)).Errors);
        }

        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        if (errors.Count > 0)
        {
            return (IdentityResult.Failed([.. errors]), user);
        }

        var result = await unitOfWork.InTransactionAsync(
            () => users.CreateAsync(user, password).ThenAsync(() => users.AddToRolesAsync(user, details.Roles)),
            cancellationToken);
        return (result, user);
    }

    public async Task<IdentityResult> UpdateAsync(ClaimsPrincipal actor, PortalUser user, UserDetails details, CancellationToken cancellationToken)
    {
        var current = await users.GetRolesAsync(user);
        var refused = await MayManageAsync(actor, user) ?? await CheckRolesAsync(actor, user, current, details.Roles);
        if (refused is not null)
        {
            return refused;
        }

        user.DisplayName = details.DisplayName.Trim();
        user.Email = details.Email.Trim();
        var removed = current.Where(r => !details.Roles.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        var added = details.Roles.Where(r => !current.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        return await unitOfWork.InTransactionAsync(
            () => users.UpdateAsync(user).ThenAsync(
                () => users.RemoveFromRolesAsync(user, removed),
                () => users.AddToRolesAsync(user, added)),
            cancellationToken);
    }

    /// <summary>Blocks sign-in until an administrator unlocks the account; the person's open sessions end at once.</summary>
    public async Task<IdentityResult> LockAsync(ClaimsPrincipal actor, PortalUser user, CancellationToken cancellationToken)
    {
        var refused = await LastAdministratorAsync(user, "Users_CannotLockLastAdministrator")
            ?? (IsSelf(actor, user) ? S.Refused("Users_CannotLockSelf") : await MayManageAsync(actor, user));
        if (refused is not null)
        {
            return refused;
        }

        return await unitOfWork.InTransactionAsync(
            () => users.SetLockoutEnabledAsync(user, true).ThenAsync(
                () => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue),
                () => users.UpdateSecurityStampAsync(user),
                () => EndSessionsAsync(user, cancellationToken)),
            cancellationToken);
    }

    public async Task<IdentityResult> UnlockAsync(ClaimsPrincipal actor, PortalUser user, CancellationToken cancellationToken) =>
        await MayManageAsync(actor, user)
        ?? await unitOfWork.InTransactionAsync(
            () => users.SetLockoutEndDateAsync(user, null).ThenAsync(() => users.ResetAccessFailedCountAsync(user)),
            cancellationToken);

    /// <summary>
    /// Replaces the password; the person's open sessions end at once, the administrator's own included. Identity's
    /// rules are checked before the old password is removed, so a refused one leaves the account as it was.
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(ClaimsPrincipal actor, PortalUser user, string password, CancellationToken cancellationToken) =>
        await MayManageAsync(actor, user)
        ?? await unitOfWork.InTransactionAsync(
            () => users.CheckPasswordRulesAsync(user, password).ThenAsync(
                () => users.RemovePasswordAsync(user),
                () => users.AddPasswordAsync(user, password),
                () => EndSessionsAsync(user, cancellationToken)),
            cancellationToken);

    public async Task<IdentityResult> DeleteAsync(ClaimsPrincipal actor, PortalUser user, CancellationToken cancellationToken)
    {
        var refused = await LastAdministratorAsync(user, "Users_CannotDeleteLastAdministrator")
            ?? (IsSelf(actor, user) ? S.Refused("Users_CannotDeleteSelf") : await MayManageAsync(actor, user));
        return refused ?? await unitOfWork.InTransactionAsync(() => users.DeleteAsync(user), cancellationToken);
    }

    public bool IsSelf(ClaimsPrincipal actor, PortalUser user) => users.GetUserId(actor) == user.Id;

    public bool IsLockedOut(PortalUser user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    /// <summary>
    /// Deletes the person's sessions in the change's transaction: whoever holds one of their cookies is refused from
    /// the next request, on every node. (Deleting the person deletes their sessions by cascade.)
    /// </summary>
    private async Task<IdentityResult> EndSessionsAsync(PortalUser user, CancellationToken cancellationToken)
    {
        await unitOfWork.Db.Set<UserSession>().Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>Someone whose roles grant user management but who is not an administrator must not take over one.</summary>
    private async Task<IdentityResult?> MayManageAsync(ClaimsPrincipal actor, PortalUser user) =>
        !actor.IsInRole(PortalRoles.Administrator) && await users.IsInRoleAsync(user, PortalRoles.Administrator)
            ? S.Refused("Users_OnlyAdministratorsManageAdministrators")
            : null;

    private async Task<IdentityResult?> LastAdministratorAsync(PortalUser user, string key) =>
        await users.IsInRoleAsync(user, PortalRoles.Administrator) && (await users.GetUsersInRoleAsync(PortalRoles.Administrator)).Count <= 1
            ? S.Refused(key)
            : null;

    private async Task<IdentityResult?> CheckRolesAsync(ClaimsPrincipal actor, PortalUser user, IEnumerable<string> current, IReadOnlyCollection<string> wanted)
    {
        foreach (var role in wanted)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                return S.Refused("Users_UnknownRole", role);
            }
        }

        var wasAdministrator = current.Any(RoleNames.IsAdministrator);
        var staysAdministrator = wanted.Any(RoleNames.IsAdministrator);
        if (wasAdministrator == staysAdministrator)
        {
            return null;
        }

        var refused = wasAdministrator ? await LastAdministratorAsync(user, "Users_CannotDemoteLastAdministrator") : null;
        if (refused is null && wasAdministrator && IsSelf(actor, user))
        {
            refused = S.Refused("Users_CannotDemoteSelf");
        }

        return refused ?? (actor.IsInRole(PortalRoles.Administrator) ? null : S.Refused("Users_OnlyAdministratorsGrantAdministrator"));
    }
}
