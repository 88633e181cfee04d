using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Contents.Parts;
using Portal.Contents.Time;
using Portal.Core.Hosting;
using Portal.Core.Content;
using Portal.Core.Theming;
using Portal.Core.UnitOfWork;
using Portal.Taxonomies.Terms;

namespace Portal.Contents.Catalog;

/// <summary>A published citizen-facing item another item links to ("Qué puedes hacer ahora", a related trámite).</summary>
public sealed record CitizenLink(string ItemId, string Title, string Url);

/// <summary>An item editors may link to, by its latest title.</summary>
public sealed record CitizenChoice(string ItemId, string Title);

/// <summary>Until when an item holds ("ValidUntil") and whether that day has passed in the site's time zone.</summary>
public sealed record Validity(DateOnly Until, string UntilText, string UntilIso, bool Expired);

/// <summary>What <see cref="CitizenPages.FillHeadAsync"/> settled, for the type's own JSON-LD entity.</summary>
/// <param name="CanonicalUrl">Absolute.</param>
public sealed record CitizenHead(string BaseUrl, string CanonicalUrl, string Title, string Description, DateTime PublishedUtc, DateTime ModifiedUtc)
{
    public string Absolute(string pathOrUrl) => PublicUrls.Absolute(BaseUrl, pathOrUrl);

    public static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

/// <summary>
/// The work every public page of an <see cref="ICitizenContent"/> type shares: finding the published item at its
/// address, resolving links to other published items, and the head metadata with its <c>WebPage</c> JSON-LD.
/// </summary>
public sealed class CitizenPages(
    IUnitOfWork unitOfWork,
    ITaxonomyStore taxonomies,
    PublicUrls urls,
    SiteTime siteTime,
    IStringLocalizer<ContentsResources> S)
{
    /// <summary>The published version of the item of <paramref name="contentType"/> at <paramref name="slug"/>, found through the catalog index.</summary>
    public Task<ContentItem?> FindPublishedAsync(string contentType, string slug, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        return db.Set<CatalogIndex>()
            .Where(i => i.ContentType == contentType && i.Slug == slug && i.Published)
            .Join(db.ContentItems, i => i.VersionId, c => c.VersionId, (_, c) => c)
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The items among <paramref name="itemIds"/> that are published now (of <paramref name="contentType"/> when
    /// given), in the order given; unpublished, removed or unknown ids are left out, so citizens never get a dead link.
    /// </summary>
    public async Task<IReadOnlyList<CitizenLink>> PublishedLinksAsync(IEnumerable<string> itemIds, string? contentType, CancellationToken cancellationToken)
    {
        var ids = itemIds.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var db = unitOfWork.Db;
        var index = db.Set<CatalogIndex>().Where(i => i.Published && ids.Contains(i.ItemId));
        if (contentType is not null)
        {
            index = index.Where(i => i.ContentType == contentType);
        }

        var rows = await index
            .Join(db.ContentItems, i => i.VersionId, c => c.VersionId, (i, c) => new { i.Title, Item = c })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var links = new List<CitizenLink>(rows.Count);
        foreach (var row in rows.OrderBy(r => ids.IndexOf(r.Item.ItemId)))
        {
            if (urls.PathOf(row.Item) is { } url)
            {
                links.Add(new CitizenLink(row.Item.ItemId, row.Title, url));
            }
        }

        return links;
    }

    /// <summary>Every live item of <paramref name="contentType"/> (published or not) for an editor's choice list, by title.</summary>
    public async Task<IReadOnlyList<CitizenChoice>> ChoicesAsync(string contentType, CancellationToken cancellationToken)
    {
        var rows = await unitOfWork.Db.Set<CatalogIndex>()
            .Where(i => i.Latest && i.ContentType == contentType)
            .Select(i => new CitizenChoice(i.ItemId, i.Title))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Title, StringComparer.CurrentCulture)];
    }

    /// <summary>Null when the item has no end date; expired from the day after <paramref name="until"/>.</summary>
    public async Task<Validity?> ValidityAsync(DateOnly? until, CancellationToken cancellationToken)
    {
        if (until is not { } day)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(await siteTime.ToLocalAsync(siteTime.UtcNow, cancellationToken));
        return new Validity(
            day,
            day.ToString("d 'de' MMMM 'de' yyyy", PortalHostExtensions.DefaultCulture),
            day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today > day);
    }

    /// <summary>
    /// Fills the page head from the item's common, SEO and social parts: titles and description (the SEO overrides
    /// first), canonical address (the item's own unless the SEO part names another), dates (first publication and
    /// this version's), the first topic as section and every topic as a tag.
    /// </summary>
    public async Task<CitizenHead> FillHeadAsync(
        PageHead head, ContentItem item, ICitizenContent model, string openGraphType, PageImage? image, HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(model);
        var path = urls.PathOf(item) ?? throw new InvalidOperationException($"The type \"{item.ContentType}\" registered no public address.");
        var baseUrl = await urls.BaseAsync(request, cancellationToken);
        var title = string.IsNullOrWhiteSpace(model.Seo.MetaTitle) ? model.Common.Title : model.Seo.MetaTitle.Trim();
        var description = string.IsNullOrWhiteSpace(model.Seo.MetaDescription) ? model.Common.Summary : model.Seo.MetaDescription.Trim();
        var canonical = PublicUrls.Absolute(baseUrl, string.IsNullOrWhiteSpace(model.Seo.CanonicalUrl) ? path : model.Seo.CanonicalUrl.Trim());
        var firstPublished = await unitOfWork.Db.ContentItems
            .Where(c => c.ItemId == item.ItemId && c.PublishedUtc != null)
            .MinAsync(c => c.PublishedUtc, cancellationToken) ?? item.PublishedUtc ?? item.ModifiedUtc;

        head.ItemId = item.ItemId;
        head.VersionId = item.VersionId;
        head.Title = title;
        head.Description = description;
        head.CanonicalUrl = canonical;
        head.NoIndex = model.Seo.NoIndex;
        head.OpenGraphType = openGraphType;
        head.Image = image;
        head.PublishedUtc = firstPublished;
        // Publishing a saved draft stamps it after its last save: the later of the two is when citizens saw a change.
        var modified = item.PublishedUtc is { } published && published > item.ModifiedUtc ? published : item.ModifiedUtc;
        head.ModifiedUtc = modified;
        var topics = await TopicNamesAsync(model.Common, cancellationToken);
        head.Section = topics.FirstOrDefault();
        head.Tags.AddRange(topics);
        return new CitizenHead(baseUrl, canonical, title, description, firstPublished, modified);
    }

    /// <summary>
    /// Adds the page's JSON-LD: a <c>WebPage</c> with its dates, <c>lastReviewed</c> and a <c>BreadcrumbList</c>
    /// (home, then <paramref name="parent"/> when given, then the page), whose <c>mainEntity</c> is the type's own object.
    /// </summary>
    public void AddWebPage(PageHead head, CitizenHead page, JsonObject mainEntity, CitizenLink? parent = null)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(page);
        var crumbs = new List<(string Name, string Url)> { (S["Breadcrumb_Home"], page.Absolute("/")) };
        if (parent is not null)
        {
            crumbs.Add((parent.Title, page.Absolute(parent.Url)));
        }

        crumbs.Add((page.Title, page.CanonicalUrl));
        var list = new JsonArray();
        for (var i = 0; i < crumbs.Count; i++)
        {
            list.Add(new JsonObject
            {
                ["@type"] = "ListItem",
                ["position"] = i + 1,
                ["name"] = crumbs[i].Name,
                ["item"] = crumbs[i].Url,
            });
        }

        head.JsonLd.Add(new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["@id"] = page.CanonicalUrl,
            ["url"] = page.CanonicalUrl,
            ["name"] = page.Title,
            ["description"] = page.Description,
            ["inLanguage"] = "es",
            ["datePublished"] = CitizenHead.Iso(page.PublishedUtc),
            ["dateModified"] = CitizenHead.Iso(page.ModifiedUtc),
            ["lastReviewed"] = CitizenHead.Iso(page.ModifiedUtc),
            ["breadcrumb"] = new JsonObject { ["@type"] = "BreadcrumbList", ["itemListElement"] = list },
            ["mainEntity"] = mainEntity,
        });
    }

    private async Task<List<string>> TopicNamesAsync(CommonPart common, CancellationToken cancellationToken)
    {
        var terms = await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken);
        return [.. common.Topics.Select(slug => terms.FirstOrDefault(t => t.Slug == slug)?.Name).OfType<string>()];
    }
}
