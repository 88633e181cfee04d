using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Core.Security;
using Portal.Core.Settings;
using Portal.Users.Accounts;

namespace Portal.Users.Pages.Admin.Users;

[AuthorizePermission(Permissions.ManageUsersName)]
public sealed class IndexModel(UserDirectory directory, ISiteSettingsStore settings, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public UserListPage List { get; private set; } = new([], 0, 1);

    public DateTimeOffset Now { get; private set; }

    private TimeZoneInfo _timeZone = TimeZoneInfo.Utc;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        List = await directory.SearchAsync(Search, PageNumber, cancellationToken);
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        _timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(site.TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
        Now = time.GetUtcNow();
    }

    /// <summary>A stored UTC moment as the site's people read it.</summary>
    public string LocalTime(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, _timeZone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The list's address for another page, keeping the search.</summary>
    public string PageUrl(int page)
    {
        var url = QueryHelpers.AddQueryString("/admin/usuarios", "pagina", page.ToString(CultureInfo.InvariantCulture));
        return string.IsNullOrWhiteSpace(Search) ? url : QueryHelpers.AddQueryString(url, "q", Search);
    }
}
