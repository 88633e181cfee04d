using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Contents.Routing;
using Portal.Core.Hosting;
using Portal.Core.Theming;
using Portal.PublicSite.Feeds;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Terms;

/// <summary>"/temas", "/hechos-vitales" and one page per term; an unknown term is a 404.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class TermPagesController(
    ITaxonomyStore taxonomies,
    TermCounts counts,
    TermPageQuery pages,
    PageHead head,
    PublicUrls urls,
    IStringLocalizer<PublicSiteResources> S) : Controller
{
    [HttpGet("temas")]
    public Task<IActionResult> Topics(CancellationToken cancellationToken) => IndexAsync(Vocabularies.Topics, cancellationToken);

    [HttpGet("hechos-vitales")]
    public Task<IActionResult> LifeEvents(CancellationToken cancellationToken) => IndexAsync(Vocabularies.LifeEvents, cancellationToken);

    [HttpGet("temas/{slug}")]
    public Task<IActionResult> Topic(string slug, [FromQuery(Name = PublicPager.QueryKey)] int? page, CancellationToken cancellationToken) =>
        TermAsync(Vocabularies.Topics, slug, page ?? 1, cancellationToken);

    [HttpGet("hechos-vitales/{slug}")]
    public Task<IActionResult> LifeEvent(string slug, [FromQuery(Name = PublicPager.QueryKey)] int? page, CancellationToken cancellationToken) =>
        TermAsync(Vocabularies.LifeEvents, slug, page ?? 1, cancellationToken);

    private async Task<IActionResult> IndexAsync(string vocabulary, CancellationToken cancellationToken)
    {
        var title = S[TermPageQuery.VocabularyNameKey(vocabulary)];
        var intro = S[vocabulary == Vocabularies.Topics ? "Topics_Intro" : "LifeEvents_Intro"];
        head.Description = intro;
        head.CanonicalUrl = PublicPaths.VocabularyIndex(vocabulary);
        head.Breadcrumbs.Add(new Breadcrumb(S["Breadcrumb_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(title));
        return View("/Views/Terms/Index.cshtml", new TermIndexPage(vocabulary, title, intro, await counts.ListAsync(vocabulary, cancellationToken)));
    }

    private async Task<IActionResult> TermAsync(string vocabulary, string slug, int page, CancellationToken cancellationToken)
    {
        var term = Slugs.IsValid(slug) ? (await taxonomies.GetTermsAsync(vocabulary, cancellationToken)).FirstOrDefault(t => t.Slug == slug) : null;
        if (term is null)
        {
            return NotFound();
        }

        var model = await pages.BuildAsync(term, page, cancellationToken);
        if (page != model.Pager.Page)
        {
            return NotFound();
        }

        var path = PublicPaths.Term(vocabulary, slug);
        head.Description = term.Description;
        head.CanonicalUrl = model.Pager.UrlOf(model.Pager.Page);
        head.Feeds.Add(new FeedLink(S["Feed_Link_Rss", term.Name], model.RssUrl, FeedPaths.RssMediaType));
        head.Feeds.Add(new FeedLink(S["Feed_Link_Atom", term.Name], model.AtomUrl, FeedPaths.AtomMediaType));
        head.Breadcrumbs.Add(new Breadcrumb(S["Breadcrumb_Home"], "/"));
        head.Breadcrumbs.Add(new Breadcrumb(model.VocabularyName, model.VocabularyPath));
        head.Breadcrumbs.Add(new Breadcrumb(term.Name));
        head.JsonLd.Add(await CollectionPageAsync(term, path, model.VocabularyName, model.VocabularyPath, cancellationToken));
        return View("/Views/Terms/Show.cshtml", model);
    }

    private async Task<JsonObject> CollectionPageAsync(TaxonomyTerm term, string path, string vocabularyName, string vocabularyPath, CancellationToken cancellationToken)
    {
        var baseUrl = await urls.BaseAsync(Request, cancellationToken);
        return new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CollectionPage",
            ["name"] = term.Name,
            ["description"] = term.Description,
            ["url"] = PublicUrls.Absolute(baseUrl, path),
            ["inLanguage"] = "es-ES",
            ["breadcrumb"] = new JsonObject
            {
                ["@type"] = "BreadcrumbList",
                ["itemListElement"] = new JsonArray(
                    Crumb(1, S["Breadcrumb_Home"], PublicUrls.Absolute(baseUrl, "/")),
                    Crumb(2, vocabularyName, PublicUrls.Absolute(baseUrl, vocabularyPath)),
                    Crumb(3, term.Name, PublicUrls.Absolute(baseUrl, path))),
            },
        };
    }

    private static JsonObject Crumb(int position, string name, string url) => new()
    {
        ["@type"] = "ListItem",
        ["position"] = position,
        ["name"] = name,
        ["item"] = url,
    };
}
