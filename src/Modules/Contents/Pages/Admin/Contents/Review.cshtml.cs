using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Contents.Editors;
using Portal.Contents.Review;
using Portal.Core.Security;

namespace Portal.Contents.Pages.Admin.Contents;

/// <summary>Published items whose review date has passed or is near, overdue first, with who must review them.</summary>
[AuthorizePermission(Permissions.ViewContentName)]
public sealed class ReviewModel(ReviewQuery query, ContentTypeCatalog types) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public ReviewPage Result { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = await query.TodayAsync(cancellationToken);
        Result = await query.ListAsync(PageNumber, cancellationToken);
    }

    public string TypeName(string contentType) => types.DisplayName(contentType);

    public static string PageUrl(int page) => page == 1 ? "/admin/contenidos/revision" : "/admin/contenidos/revision?pagina=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
