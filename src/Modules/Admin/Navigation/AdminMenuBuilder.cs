using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Portal.Core.Features;
using Portal.Core.Navigation;
using Portal.Core.Security;

namespace Portal.Admin.Navigation;

/// <summary>The admin menu a given user sees: entries of enabled features that the user has permission for.</summary>
public sealed class AdminMenuBuilder(IEnumerable<IAdminMenuProvider> providers, IEnumerable<IAdminMenuBadgeProvider> badges, IAuthorizationService authorization, IFeatureManager features)
{
    public async Task<IReadOnlyList<IGrouping<string, AdminMenuItem>>> BuildAsync(ClaimsPrincipal user)
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in providers.SelectMany(p => p.GetItems()))
        {
            if (item.Feature is not null && !features.IsEnabled(item.Feature))
            {
                continue;
            }

            if (item.Permission is not null && !await authorization.HasPermissionAsync(user, item.Permission))
            {
                continue;
            }

            visible.Add(item);
        }

        return [.. visible.OrderBy(i => i.Position).GroupBy(i => i.Group)];
    }

    /// <summary>The badges of the entries the user sees, by entry address; a zero one is kept, hidden, for a page's script to fill.</summary>
    public async Task<IReadOnlyDictionary<string, AdminMenuBadge>> BadgesAsync(ClaimsPrincipal user, IEnumerable<AdminMenuItem> visible, CancellationToken cancellationToken)
    {
        var urls = visible.Select(i => i.Url).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shown = new Dictionary<string, AdminMenuBadge>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in badges.Where(b => urls.Contains(b.Url)))
        {
            if (await provider.GetAsync(user, cancellationToken) is { } badge)
            {
                shown[provider.Url] = badge;
            }
        }

        return shown;
    }
}
