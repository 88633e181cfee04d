using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Users.Identity;

namespace Portal.Users.Pages.Admin.Users;

/// <summary>A new password: made up by the site (shown once) or typed twice by the administrator.</summary>
public sealed class PasswordInput : IValidatableObject
{
    public bool Generate { get; set; } = true;

    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }

    /// <summary>The password to set; only call once the input is valid.</summary>
    public string Choose() => Generate ? PasswordGenerator.Generate() : Password!;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Generate)
        {
            yield break;
        }

        var S = validationContext.GetRequiredService<IStringLocalizer<UsersResources>>();
        if (string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(S["Users_PasswordRequired"], [nameof(Password)]);
        }
        else if (Password != ConfirmPassword)
        {
            yield return new ValidationResult(S["Users_PasswordsDoNotMatch"], [nameof(ConfirmPassword)]);
        }
    }
}
