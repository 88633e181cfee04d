using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using Portal.Contents.Catalog;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.Media.Images;
using Portal.Media.Theming;

namespace Portal.Blog.Posts;

/// <summary>The list of posts, newest first, ten to a page.</summary>
public sealed record BlogListView(IReadOnlyList<CatalogEntry> Posts, int Page, int PageCount, IReadOnlyDictionary<string, string> Dates);

/// <summary>"/blog" (the list, paged with "?pagina=N") and "/blog/{slug}" (a published post).</summary>
[Route(BlogPost.Prefix)]
public sealed class BlogController(CitizenPages pages, PageHead head, MediaUrls mediaUrls, ISiteSettingsStore settings, IStringLocalizer<BlogResources> S)
    : CitizenPageController<BlogPost, BlogPostView>(pages, head)
{
    public const int PageSize = 10;

    private const string ListPath = "/" + BlogPost.Prefix;

    [HttpGet("")]
    [OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "pagina")] int? page,
        [FromServices] CatalogQuery catalog,
        [FromServices] Portal.Contents.Time.SiteTime siteTime,
        CancellationToken cancellationToken)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            return NotFound();
        }

        var list = await catalog.ListPublishedAsync(new CatalogFilter(BlogPost.TypeName), (number - 1) * PageSize, PageSize, cancellationToken);
        var pageCount = Math.Max(1, (list.Total + PageSize - 1) / PageSize);
        if (number > pageCount)
        {
            return NotFound();
        }

        var dates = new Dictionary<string, string>();
        foreach (var post in list.Items)
        {
            dates[post.ItemId] = await siteTime.LongDateAsync(post.PublishedUtc, cancellationToken);
        }

        Head.Title = S["Blog_Title"];
        Head.Description = S["Blog_Description"];
        Head.CanonicalUrl = number == 1 ? ListPath : $"{ListPath}?pagina={number}";
        return View(new BlogListView(list.Items, number, pageCount, dates));
    }

    protected override string ContentType => BlogPost.TypeName;

    protected override PageImage? ImageOf(BlogPostView view) =>
        view.Image is { } asset && !view.ImageDecorative ? SocialImage.Of(asset, view.ImageAlt ?? "", mediaUrls) : null;

    protected override async Task DescribeAsync(CitizenPage<BlogPost, BlogPostView> found, CitizenHead page, CancellationToken cancellationToken)
    {
        var (_, model, view) = found;
        Head.Tags.AddRange(view.Tags);
        var site = await settings.GetAsync<SiteOptions>(cancellationToken);
        var publisher = string.IsNullOrWhiteSpace(site.Organization) ? site.SiteName : site.Organization;
        var posting = new JsonObject
        {
            ["@type"] = "BlogPosting",
            ["headline"] = model.Common.Title,
            ["description"] = model.Common.Summary,
            ["url"] = page.CanonicalUrl,
            ["mainEntityOfPage"] = page.CanonicalUrl,
            ["inLanguage"] = "es",
            ["datePublished"] = CitizenHead.Iso(page.PublishedUtc),
            ["dateModified"] = CitizenHead.Iso(page.ModifiedUtc),
            ["author"] = Author(model.Author, page),
            ["publisher"] = new JsonObject { ["@type"] = "GovernmentOrganization", ["name"] = publisher, ["url"] = page.Absolute("/") },
            ["keywords"] = new JsonArray([.. view.Topics.Concat(view.Tags).Distinct().Select(k => (JsonNode)k)]),
        };
        if (Head.Section is { } section)
        {
            posting["articleSection"] = section;
        }

        if (view.Image is { } picture && !view.ImageDecorative)
        {
            posting["image"] = new JsonArray([.. SocialImage.Urls(picture, mediaUrls).Select(u => (JsonNode)page.Absolute(u))]);
        }

        Pages.AddWebPage(Head, page, posting, new CitizenLink("", S["Blog_Title"], ListPath));
    }

    private static JsonObject Author(PostAuthor author, CitizenHead page)
    {
        var json = new JsonObject { ["@type"] = author.IsOrganization ? "Organization" : "Person", ["name"] = author.Name };
        if (author.Url is { } url)
        {
            json["url"] = page.Absolute(url);
        }

        return json;
    }
}
