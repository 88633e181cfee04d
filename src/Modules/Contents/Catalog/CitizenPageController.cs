using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Editors;
using Portal.Contents.Parts;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Theming;

namespace Portal.Contents.Catalog;

/// <summary>A published item found at its public address, with its model and what its display built from it.</summary>
public sealed record CitizenPage<TModel, TView>(ContentItem Item, TModel Model, TView View);

/// <summary>What the shared public page renders: the type's display partial, and its head partial when it has one.</summary>
public sealed record CitizenPageView(string DisplayView, string? HeadView, object Display);

/// <summary>
/// The public page of a citizen-facing type, "/{prefix}/{slug}": a valid address, the item published there, its
/// display, and the page head with its <c>WebPage</c> JSON-LD. Each type's module derives one controller, routed
/// at the prefix its type registered (<c>[Route(Video.Prefix)]</c>), that adds only what differs: the social
/// card's image, the Open Graph type and its own schema.org entity. The module's feature gates it like any other.
/// </summary>
public abstract class CitizenPageController<TModel, TView>(CitizenPages pages, PageHead head) : Controller
    where TModel : class, ICitizenContent
    where TView : class
{
    public const string ShowView = "/Views/CitizenPage/Show.cshtml";

    protected abstract string ContentType { get; }

    protected virtual string OpenGraphType => "article";

    protected CitizenPages Pages => pages;

    protected PageHead Head => head;

    [HttpGet("{slug}")]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Show(
        string slug,
        [FromServices] IContentManager contents,
        [FromServices] ContentTypeCatalog types,
        CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug) || await pages.FindPublishedAsync(ContentType, slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var display = types.Display(ContentType)!;
        var model = contents.GetModel<TModel>(item);
        var found = new CitizenPage<TModel, TView>(item, model, (TView)await display.BuildAsync(item, model, cancellationToken));
        var page = await pages.FillHeadAsync(head, item, model, OpenGraphType, ImageOf(found.View), Request, cancellationToken);
        await DescribeAsync(found, page, cancellationToken);
        return View(ShowView, new CitizenPageView(display.DisplayView, display.HeadView, found.View));
    }

    /// <summary>The social card's image; none by default.</summary>
    protected virtual PageImage? ImageOf(TView view) => null;

    /// <summary>Adds the page's JSON-LD (usually through <see cref="CitizenPages.AddWebPage"/>) and any head detail of the type's own.</summary>
    protected abstract Task DescribeAsync(CitizenPage<TModel, TView> found, CitizenHead page, CancellationToken cancellationToken);
}
