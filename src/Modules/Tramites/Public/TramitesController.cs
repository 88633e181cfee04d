using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Editors;
using Portal.Contents.Routing;
using Portal.Contents.Time;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Tramites.Display;
using Portal.Tramites.Model;

namespace Portal.Tramites.Public;

/// <summary>The public list of trámites and each trámite's page.</summary>
public sealed class TramitesController(
    IContentManager contents,
    ContentTypeCatalog types,
    PageHead head,
    CitizenPages pages,
    ISiteSettingsStore settings,
    SiteTime siteTime,
    TramiteJsonLd jsonLd,
    IStringLocalizer<TramitesResources> S) : Controller
{
    public const int PageSize = 20;

    [HttpGet("tramites")]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Index([FromQuery(Name = "pagina")] int? page, [FromServices] CatalogQuery catalog, CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            return NotFound();
        }

        var result = await catalog.ListPublishedAsync(new CatalogFilter(TramiteContent.TypeName), (number - 1) * PageSize, PageSize, cancellationToken);
        var pageCount = Math.Max(1, (result.Total + PageSize - 1) / PageSize);
        if (number > pageCount)
        {
            return NotFound();
        }

        head.Description = S["Index_Intro"];
        head.CanonicalUrl = number == 1 ? TramiteUrlProvider.Prefix : $"{TramiteUrlProvider.Prefix}?pagina={number}";
        return View("/Views/Tramites/Index.cshtml", new TramiteIndexView(result.Items, result.Total, number, pageCount));
    }

    [HttpGet("tramites/{slug}")]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Show(string slug, [FromServices] PublishedTramites tramites, CancellationToken cancellationToken)
    {
        if (!Slugs.IsValid(slug) || await tramites.FindAsync(slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var view = (TramiteView)await types.Display(TramiteContent.TypeName)!.BuildAsync(item, contents.GetModel(item), cancellationToken);
        await FillHeadAsync(item, view, cancellationToken);
        return View("/Views/Tramites/Show.cshtml", view);
    }

    private async Task FillHeadAsync(ContentItem item, TramiteView view, CancellationToken cancellationToken)
    {
        var t = view.Tramite;
        var path = $"{TramiteUrlProvider.Prefix}/{t.Common.Slug}";
        var page = await pages.FillHeadAsync(head, item, t, path, "website", null, Request, cancellationToken);
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var organization = string.IsNullOrWhiteSpace(site.Organization) ? site.SiteName : site.Organization;
        head.JsonLd.Add(jsonLd.Build(
            view,
            page.CanonicalUrl,
            page.Absolute("/"),
            page.Absolute(TramiteUrlProvider.Prefix),
            S["Index_Title"],
            organization,
            page.ModifiedUtc,
            DateOnly.FromDateTime(await siteTime.ToLocalAsync(page.ModifiedUtc, cancellationToken))));
    }
}

public sealed record TramiteIndexView(IReadOnlyList<CatalogEntry> Items, int Total, int Page, int PageCount);
