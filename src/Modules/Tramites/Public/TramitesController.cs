using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Time;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Tramites.Display;
using Portal.Tramites.Model;

namespace Portal.Tramites.Public;

/// <summary>The public list of trámites ("/tramites") and each trámite's page ("/tramites/{slug}").</summary>
[Route(TramiteContent.Prefix)]
public sealed class TramitesController(
    PageHead head,
    CitizenPages pages,
    ISiteSettingsStore settings,
    SiteTime siteTime,
    TramiteJsonLd jsonLd,
    IStringLocalizer<TramitesResources> S) : CitizenPageController<TramiteContent, TramiteView>(pages, head)
{
    public const int PageSize = 20;

    private const string ListPath = "/" + TramiteContent.Prefix;

    protected override string ContentType => TramiteContent.TypeName;

    protected override string OpenGraphType => "website";

    [HttpGet("")]
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

        Head.Description = S["Index_Intro"];
        Head.CanonicalUrl = number == 1 ? ListPath : $"{ListPath}?pagina={number}";
        return View("/Views/Tramites/Index.cshtml", new TramiteIndexView(result.Items, result.Total, number, pageCount));
    }

    protected override async Task DescribeAsync(CitizenPage<TramiteContent, TramiteView> found, CitizenHead page, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var organization = string.IsNullOrWhiteSpace(site.Organization) ? site.SiteName : site.Organization;
        Head.JsonLd.Add(jsonLd.Build(
            found.View,
            page.CanonicalUrl,
            page.Absolute("/"),
            page.Absolute(ListPath),
            S["Index_Title"],
            organization,
            page.ModifiedUtc,
            DateOnly.FromDateTime(await siteTime.ToLocalAsync(page.ModifiedUtc, cancellationToken))));
    }
}

public sealed record TramiteIndexView(IReadOnlyList<CatalogEntry> Items, int Total, int Page, int PageCount);
