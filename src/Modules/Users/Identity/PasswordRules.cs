using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;

namespace Portal.Users.Identity;

internal static class PasswordRules
{
    /// <summary>
    /// Identity's password validators, run on their own. Replacing a password is "remove, then add", and the add is
    /// where Identity checks the rules; checking them first means a refused password writes nothing at all.
    /// </summary>
    public static async Task<IdentityResult> CheckPasswordRulesAsync(this UserManager<PortalUser> users, PortalUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
