using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core.Settings;
using Portal.Search.Querying;
using Portal.Search.Synonyms;
using Portal.Taxonomies.Terms;

namespace Portal.Search.Pages;

/// <summary>The public results page: results, facets, paging, and help when nothing is found.</summary>
public sealed class ResultsModel(SiteSearch search, ITaxonomyStore taxonomies, ISiteSettingsStore settings, IStringLocalizer<SearchResources> S) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "tipo")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "tema")]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    /// <summary>True while the index is built for the first time.</summary>
    public bool Indexing { get; private set; }

    public IReadOnlyDictionary<string, string> TopicNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<(string Title, string Url)> Popular { get; private set; } = [];

    public SiteOptions Site { get; private set; } = new();

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Site = await settings.GetAsync<SiteOptions>(cancellationToken);
        if (!HasQuery)
        {
            return;
        }

        Results = await search.SearchAsync(new SearchRequest(Query, Type, Topic, PageNumber), cancellationToken);
        Indexing = Results is null;
        TopicNames = (await taxonomies.GetTermsAsync(Vocabularies.Topics, cancellationToken)).ToDictionary(t => t.Slug, t => t.Name, StringComparer.Ordinal);
        if (Results is { Total: 0 })
        {
            Popular = search.Find((await settings.GetAsync<SearchSettings>(cancellationToken)).Popular);
        }
    }

    public string TypeName(string type) => S["Type_" + type] is { ResourceNotFound: false } name ? name : type;

    public string TopicName(string topic) => TopicNames.GetValueOrDefault(topic, topic);

    /// <summary>This page's address with some parameters changed; changing a filter goes back to page 1.</summary>
    public string Link(string? type = null, string? topic = null, int? page = null, bool clearType = false, bool clearTopic = false, string? query = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = query ?? Query,
            ["tipo"] = clearType ? null : type ?? Type,
            ["tema"] = clearTopic ? null : topic ?? Topic,
            ["pagina"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(SearchPaths.Results, parameters.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
