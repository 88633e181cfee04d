using System.Security.Claims;

namespace Portal.Admin.Navigation;

/// <summary>A line of the admin dashboard pointing at work waiting for the user ("3 contenidos por revisar").</summary>
public sealed record DashboardNotice(string Text, string Url, string LinkText);

/// <summary>Registered by modules with <c>services.AddScoped&lt;IDashboardNoticeProvider, T&gt;()</c>; null when there is nothing to say.</summary>
public interface IDashboardNoticeProvider
{
    Task<DashboardNotice?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
