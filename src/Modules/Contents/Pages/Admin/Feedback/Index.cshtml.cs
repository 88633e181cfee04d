using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Contents.Feedback;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Feedback;

/// <summary>Citizens' answers per item, the most "no" first; each row links to the item, where the comments are.</summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class IndexModel(FeedbackQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public FeedbackOverview Result { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await query.OverviewAsync(PageNumber, cancellationToken);

    public static string PageUrl(int page) => page == 1 ? "/admin/opiniones" : "/admin/opiniones?pagina=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
