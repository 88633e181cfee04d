using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Portal.Users.Identity;

/// <summary>Identity's own errors (password rules, duplicate names...) in Spanish, from this module's resources.</summary>
internal sealed class SpanishIdentityErrorDescriber(IStringLocalizer<UsersResources> S) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), S["Identity_DefaultError"]);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), S["Identity_ConcurrencyFailure"]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), S["Identity_PasswordMismatch"]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), S["Identity_InvalidToken"]);

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), S["Identity_RecoveryCodeRedemptionFailed"]);

    public override IdentityError LoginAlreadyAssociated() => Error(nameof(LoginAlreadyAssociated), S["Identity_LoginAlreadyAssociated"]);

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), S["Identity_InvalidUserName", userName ?? ""]);

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), S["Identity_InvalidEmail", email ?? ""]);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), S["Identity_DuplicateUserName", userName]);

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), S["Identity_DuplicateEmail", email]);

    public override IdentityError InvalidRoleName(string? role) => Error(nameof(InvalidRoleName), S["Identity_InvalidRoleName", role ?? ""]);

    public override IdentityError DuplicateRoleName(string role) => Error(nameof(DuplicateRoleName), S["Identity_DuplicateRoleName", role]);

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), S["Identity_UserAlreadyHasPassword"]);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), S["Identity_UserLockoutNotEnabled"]);

    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), S["Identity_UserAlreadyInRole", role]);

    public override IdentityError UserNotInRole(string role) => Error(nameof(UserNotInRole), S["Identity_UserNotInRole", role]);

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), S["Identity_PasswordTooShort", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), S["Identity_PasswordRequiresUniqueChars", uniqueChars]);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), S["Identity_PasswordRequiresNonAlphanumeric"]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), S["Identity_PasswordRequiresDigit"]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), S["Identity_PasswordRequiresLower"]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), S["Identity_PasswordRequiresUpper"]);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
