using System.ComponentModel.DataAnnotations;
using Portal.Users.Accounts;

namespace Portal.Users.Pages.Admin.Users;

/// <summary>The fields of a person that the new-user and edit-user forms share.</summary>
public sealed class UserDetailsInput
{
    [Required(ErrorMessage = "Users_DisplayNameRequired")]
    [StringLength(200, ErrorMessage = "Users_DisplayNameTooLong")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Users_EmailRequired")]
    [StringLength(256, ErrorMessage = "Users_EmailTooLong")]
    [EmailAddress(ErrorMessage = "Users_EmailInvalid")]
    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public UserDetails ToDetails() => new(DisplayName, Email, Roles);
}
