using System.Security.Claims;

namespace Portal.Admin.Navigation;

/// <summary>A number beside a menu entry ("3" by Solicitudes), with what it counts for screen readers ("3 por atender").</summary>
public sealed record AdminMenuBadge(int Count, string Label);

/// <summary>
/// Registered by modules with <c>services.AddScoped&lt;IAdminMenuBadgeProvider, T&gt;()</c>; it runs on every admin
/// page the user can see its entry on, so it must be one cheap, indexed query. Null or zero shows nothing.
/// </summary>
public interface IAdminMenuBadgeProvider
{
    /// <summary>The menu entry's address the badge goes beside.</summary>
    string Url { get; }

    Task<AdminMenuBadge?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
