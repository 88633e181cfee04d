using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Theming;
using Portal.Inbox.Reports;

namespace Portal.Inbox.Pages.Transparency;

/// <summary>
/// The public page of how fast the administration answers: the report's aggregates per month and channel, for the
/// last twelve months, with no reference, name or text of any request.
/// </summary>
public sealed class IndexModel(ResponseReport reports, PageHead head, IStringLocalizer<InboxResources> S) : PageModel
{
    public PublicReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await reports.PublicAsync(cancellationToken);
        head.Description = S["Transparency_Description"];
        head.CanonicalUrl = InboxPaths.Transparency;
        head.Breadcrumbs.Add(new Breadcrumb(S["Transparency_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(S["Transparency_Title"]));
    }
}
