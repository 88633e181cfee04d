using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;

namespace Portal.Users.Pages.Admin.Users;

/// <summary>A page about one person's account, addressed by the account's id.</summary>
public abstract class AccountPageModel(UserManager<PortalUser> users) : PageModel
{
    public PortalUser Account { get; private set; } = null!;

    protected UserManager<PortalUser> UserManager { get; } = users;

    /// <returns>False when no account has that id (the page answers 404).</returns>
    protected async Task<bool> LoadAsync(string id)
    {
        var account = await UserManager.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        return true;
    }
}
