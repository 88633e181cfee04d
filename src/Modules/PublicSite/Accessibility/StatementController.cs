using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Contents.Editors;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;

namespace Portal.PublicSite.Accessibility;

/// <summary>"/declaracion-de-accesibilidad": the published statement, or a 404 while there is none.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class StatementController(IUnitOfWork unitOfWork, IContentManager contents, ContentTypeCatalog types, PageHead head, IStringLocalizer<PublicSiteResources> S) : Controller
{
    [HttpGet(PublicPaths.AccessibilityStatement)]
    public async Task<IActionResult> Show(CancellationToken cancellationToken)
    {
        var item = await unitOfWork.Db.ContentItems.AsNoTracking()
            .Where(c => c.ContentType == AccessibilityStatement.TypeName && c.Published)
            .OrderByDescending(c => c.PublishedUtc)
            .FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var view = (StatementView)await types.Display(AccessibilityStatement.TypeName)!.BuildAsync(item, contents.GetModel(item), cancellationToken);
        head.Description = S["Statement_Description", view.SiteName];
        head.CanonicalUrl = PublicPaths.AccessibilityStatement;
        head.ModifiedUtc = item.PublishedUtc;
        head.ItemId = item.ItemId;
        head.VersionId = item.VersionId;
        head.Breadcrumbs.Add(new Breadcrumb(S["Breadcrumb_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(S["Statement_Title"]));
        return View("/Views/Accessibility/Show.cshtml", view);
    }
}
