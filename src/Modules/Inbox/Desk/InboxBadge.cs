using System.Security.Claims;
using Microsoft.Extensions.Localization;
using Portal.Admin.Navigation;
using Portal.Core.Localization;
using Portal.Inbox.Access;

namespace Portal.Inbox.Desk;

/// <summary>The number beside "Solicitudes" on every admin page: the visible requests a citizen's message waits on.</summary>
internal sealed class InboxBadge(RequestAccess access, InboxQuery query, IStringLocalizer<InboxResources> S) : IAdminMenuBadgeProvider
{
    public string Url => InboxPaths.Admin;

    public async Task<AdminMenuBadge?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await access.ScopeAsync(user, cancellationToken) is not { } scope)
        {
            return null;
        }

        var count = await query.UnreadAsync(scope, cancellationToken);
        return new AdminMenuBadge(count, S.Plural("Badge_Unread", count).Value);
    }
}
