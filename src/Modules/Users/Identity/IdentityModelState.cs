using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Portal.Users.Identity;

internal static class IdentityModelState
{
    /// <summary>Puts each of Identity's errors next to the field it is about, or in the form's summary.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string? userNameField = null, string? emailField = null, string? passwordField = null, string? roleNameField = null)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => userNameField,
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => emailField,
                nameof(IdentityErrorDescriber.DuplicateRoleName) or nameof(IdentityErrorDescriber.InvalidRoleName) => roleNameField,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => null,
            };
            modelState.AddModelError(field ?? "", error.Description);
        }
    }
}
