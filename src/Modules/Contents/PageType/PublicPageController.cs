using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Editors;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Theming;

namespace Portal.Contents.PageType;

/// <summary>
/// "/{slug}" for published pages. Its order puts it after every other route, so a page can never shadow a
/// module's address; any other slug gets the theme's 404.
/// </summary>
public sealed class PublicPageController : Controller
{
    [HttpGet("{slug}", Order = int.MaxValue)]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Show(
        string slug,
        [FromServices] PublishedPages pages,
        [FromServices] IContentManager contents,
        [FromServices] ContentTypeCatalog types,
        [FromServices] PageHead head,
        CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug))
        {
            return NotFound();
        }

        var item = await pages.FindAsync(slug, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        head.ItemId = item.ItemId;
        head.VersionId = item.VersionId;
        var display = types.Display(PageContent.TypeName)!;
        return View((PageView)await display.BuildAsync(item, contents.GetModel(item), cancellationToken));
    }
}
