using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Portal.Core.Security;
using Portal.Users.Accounts;
using Portal.Users.Identity;

namespace Portal.Users.Pages.Admin.Users;

[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class EditModel(UserManager<PortalUser> users, UserAdministration administration, IStringLocalizer<UsersResources> S) : AccountPageModel(users)
{
    [BindProperty]
    public UserDetailsInput Input { get; set; } = new();

    public bool IsLockedOut => administration.IsLockedOut(Account);

    /// <summary>Locked here until unlocked, rather than for a while after too many wrong passwords.</summary>
    public bool IsLockedByAdministrator => Account.LockoutEnd == DateTimeOffset.MaxValue;

    public bool IsSelf => administration.IsSelf(User, Account);

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        await FillInputAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await administration.UpdateAsync(User, Account, Input.ToDetails(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, emailField: "Input.Email");
            await LoadAsync(id);
            return Page();
        }

        TempData["Message"] = S["Users_Saved", Account.UserName!].Value;
        return Redirect("/admin/usuarios/" + Account.Id);
    }

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.LockAsync(User, user, cancellationToken), "Users_LockedMessage");

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, user => administration.UnlockAsync(User, user, cancellationToken), "Users_UnlockedMessage");

    /// <summary>A one-button change (lock, unlock): done and back to the page, or the page again with why not.</summary>
    private async Task<IActionResult> ChangeAsync(string id, Func<PortalUser, Task<IdentityResult>> change, string doneKey)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var result = await change(Account);
        if (result.Succeeded)
        {
            TempData["Message"] = S[doneKey, Account.UserName!].Value;
            return Redirect("/admin/usuarios/" + Account.Id);
        }

        // The details form was not part of this post: show the stored values, not empty fields.
        ModelState.Clear();
        await LoadAsync(id);
        await FillInputAsync();
        ModelState.AddIdentityErrors(result);
        return Page();
    }


    private async Task FillInputAsync() =>
        Input = new UserDetailsInput { DisplayName = Account.DisplayName, Email = Account.Email ?? "", Roles = [.. await UserManager.GetRolesAsync(Account)] };
}
