using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Inbox.Access;

namespace Portal.Inbox.Pages.Admin.Inbox;

/// <summary>
/// Base of the pages that read requests: whoever handles requests or audits them may open them, and every read
/// goes through the person's <see cref="RequestScope"/>.
/// </summary>
[Authorize]
public abstract class InboxPageModel(RequestAccess access) : PageModel
{
    /// <summary>Null when the person neither handles nor audits requests.</summary>
    protected Task<RequestScope?> ScopeAsync(CancellationToken cancellationToken) => access.ScopeAsync(User, cancellationToken);
}
