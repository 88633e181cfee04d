using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Admin.Navigation;
using Portal.Core.Security;

namespace Portal.Admin.Pages.Admin;

[AuthorizePermission(Permissions.AccessAdminName)]
public sealed class IndexModel(IEnumerable<IDashboardNoticeProvider> providers) : PageModel
{
    public IReadOnlyList<DashboardNotice> Notices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var notices = new List<DashboardNotice>();
        foreach (var provider in providers)
        {
            if (await provider.GetAsync(User, cancellationToken) is { } notice)
            {
                notices.Add(notice);
            }
        }

        Notices = notices;
    }
}
