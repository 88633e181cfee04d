using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Users.Pages.Admin.Account;

/// <summary>Where the cookie sends a signed-in person who lacks the permission for a page; answered as 403.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
