using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Contents.Time;
using Portal.Core.Hosting;
using Portal.Core.Settings;
using Portal.Core.Theming;
using Portal.PublicSite.Home;
using Portal.PublicSite.Terms;

namespace Portal.Themes.Default.Pages;

/// <summary>
/// The home page: search, the featured and the newest trámites, topics and life events with their counts, and the latest blog
/// posts; it tells search engines who publishes the site and how to search it (JSON-LD Organization and WebSite).
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicPage)]
public sealed class IndexModel(ISiteSettingsStore settings, HomeQuery home, SiteTime time, PageHead head, PublicUrls urls) : PageModel
{
    public const string SearchPath = "/buscar";

    public SiteOptions Site { get; private set; } = new();

    public HomeContent Home { get; private set; } = new([], [], [], [], []);

    public IReadOnlyList<ListedItem> LatestPosts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Site = await settings.GetAsync<SiteOptions>(cancellationToken);
        Home = await home.GetAsync(cancellationToken);
        var posts = new List<ListedItem>(Home.LatestPosts.Count);
        foreach (var post in Home.LatestPosts)
        {
            posts.Add(await ListedItem.FromAsync(post, time, cancellationToken));
        }

        LatestPosts = posts;
        var baseUrl = await urls.BaseAsync(Request, cancellationToken);
        head.Description = Site.Tagline;
        head.CanonicalUrl = "/";
        head.Feeds.Add(new FeedLink(Site.SiteName, "/feed.xml", "application/rss+xml"));
        head.JsonLd.Add(Organization(baseUrl));
        head.JsonLd.Add(WebSite(baseUrl));
    }

    private JsonObject Organization(string baseUrl)
    {
        var organization = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "GovernmentOrganization",
            ["name"] = string.IsNullOrWhiteSpace(Site.Organization) ? Site.SiteName : Site.Organization,
            ["url"] = PublicUrls.Absolute(baseUrl, "/"),
        };
        if (!string.IsNullOrWhiteSpace(Site.ContactPhone))
        {
            organization["telephone"] = Site.ContactPhone;
        }

        if (!string.IsNullOrWhiteSpace(Site.ContactEmail))
        {
            organization["email"] = Site.ContactEmail;
        }

        if (!string.IsNullOrWhiteSpace(Site.Address))
        {
            organization["address"] = Site.Address.ReplaceLineEndings(", ");
        }

        return organization;
    }

    private JsonObject WebSite(string baseUrl) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = Site.SiteName,
        ["url"] = PublicUrls.Absolute(baseUrl, "/"),
        ["inLanguage"] = "es-ES",
        ["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject
            {
                ["@type"] = "EntryPoint",
                ["urlTemplate"] = PublicUrls.Absolute(baseUrl, SearchPath) + "?q={search_term_string}",
            },
            ["query-input"] = "required name=search_term_string",
        },
    };
}
