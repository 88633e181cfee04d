using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Contents.Routing;
using Portal.Core.Content;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.PublicSite.Sections;
using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Feeds;

/// <summary>
/// RSS and Atom for everything ("/feed.xml"), per type ("/tramites/feed.xml", "/blog/atom.xml"…) and per topic or
/// life event ("/temas/empleo/feed.xml").
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class FeedController(
    FeedBuilder feeds,
    PublicUrls urls,
    ISiteSettingsStore settings,
    IContentDefinitionStore definitions,
    ITaxonomyStore taxonomies,
    IStringLocalizer<PublicSiteResources> S) : Controller
{
    [HttpGet("feed.xml")]
    public Task<IActionResult> AllRss(CancellationToken cancellationToken) => AllAsync(FeedFormat.Rss, cancellationToken);

    [HttpGet("atom.xml")]
    public Task<IActionResult> AllAtom(CancellationToken cancellationToken) => AllAsync(FeedFormat.Atom, cancellationToken);

    /// <summary>At "/{prefix}/feed.xml" for each section (<see cref="SectionFeedRoutes"/>).</summary>
    public Task<IActionResult> SectionRss(CancellationToken cancellationToken) => SectionAsync(FeedFormat.Rss, cancellationToken);

    /// <summary>At "/{prefix}/atom.xml" for each section (<see cref="SectionFeedRoutes"/>).</summary>
    public Task<IActionResult> SectionAtom(CancellationToken cancellationToken) => SectionAsync(FeedFormat.Atom, cancellationToken);

    [HttpGet("temas/{slug}/feed.xml")]
    public Task<IActionResult> TopicRss(string slug, CancellationToken cancellationToken) => TermAsync(Vocabularies.Topics, slug, FeedFormat.Rss, cancellationToken);

    [HttpGet("temas/{slug}/atom.xml")]
    public Task<IActionResult> TopicAtom(string slug, CancellationToken cancellationToken) => TermAsync(Vocabularies.Topics, slug, FeedFormat.Atom, cancellationToken);

    [HttpGet("hechos-vitales/{slug}/feed.xml")]
    public Task<IActionResult> LifeEventRss(string slug, CancellationToken cancellationToken) => TermAsync(Vocabularies.LifeEvents, slug, FeedFormat.Rss, cancellationToken);

    [HttpGet("hechos-vitales/{slug}/atom.xml")]
    public Task<IActionResult> LifeEventAtom(string slug, CancellationToken cancellationToken) => TermAsync(Vocabularies.LifeEvents, slug, FeedFormat.Atom, cancellationToken);

    private async Task<IActionResult> AllAsync(FeedFormat format, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var feed = await feeds.BuildAsync(S["Feed_All_Title", site.SiteName], S["Feed_All_Description", site.SiteName], "/", new CatalogFilter(), cancellationToken);
        return await WriteAsync(feed, format, site, cancellationToken);
    }

    private async Task<IActionResult> SectionAsync(FeedFormat format, CancellationToken cancellationToken)
    {
        var listPath = "/" + Request.Path.Value!.Trim('/').Split('/')[0];
        if (PublicSections.All.FirstOrDefault(s => s.PathIn(definitions) == listPath) is not { } section)
        {
            return NotFound();
        }

        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var name = S[section.NameKey];
        var feed = await feeds.BuildAsync(S["Feed_Section_Title", name, site.SiteName], S["Feed_Section_Description", name, site.SiteName], listPath, new CatalogFilter(section.ContentType), cancellationToken);
        return await WriteAsync(feed, format, site, cancellationToken);
    }

    private async Task<IActionResult> TermAsync(string vocabulary, string slug, FeedFormat format, CancellationToken cancellationToken)
    {
        var term = Slugs.IsValid(slug) ? (await taxonomies.GetTermsAsync(vocabulary, cancellationToken)).FirstOrDefault(t => t.Slug == slug) : null;
        if (term is null)
        {
            return NotFound();
        }

        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var feed = await feeds.BuildAsync(
            S["Feed_Term_Title", term.Name, site.SiteName],
            string.IsNullOrWhiteSpace(term.Description) ? S["Feed_Term_Description", term.Name] : term.Description,
            PublicPaths.Term(vocabulary, slug),
            new CatalogFilter(Vocabulary: vocabulary, Term: slug),
            cancellationToken);
        return await WriteAsync(feed, format, site, cancellationToken);
    }

    private async Task<IActionResult> WriteAsync(FeedDocument feed, FeedFormat format, SiteOptions site, CancellationToken cancellationToken)
    {
        var baseUrl = await urls.BaseAsync(Request, cancellationToken);
        return File(feed.Write(format, baseUrl, site.SiteName), FeedPaths.MediaType(format) + "; charset=utf-8");
    }
}
