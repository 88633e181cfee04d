using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Inbox.Desk;

namespace Portal.Inbox.Pages.Admin.Inbox;

/// <summary>Base of the inbox's settings pages (units, rules, canned answers): each action says what it did, or why not, on the page it came from.</summary>
[AuthorizePermission(Permissions.ConfigureName)]
public abstract class ConfigurePageModel : PageModel
{
    protected RedirectResult Back(DeskOutcome outcome, string path)
    {
        TempData[outcome.Error is null ? "Message" : "Error"] = outcome.Error ?? outcome.Done;
        return Redirect(path);
    }
}
