using Microsoft.AspNetCore.Mvc;
using Portal.Search.Querying;

namespace Portal.Search.Api;

/// <summary>
/// GET /api/search?q=&amp;type=&amp;topic=&amp;page= : the ranked items with their addresses and scores. Any text is a
/// valid query: hostile input gives results or an empty list, never an error.
/// </summary>
[ApiController]
public sealed class SearchApiController(SiteSearch search) : ControllerBase
{
    [HttpGet(SearchPaths.Api)]
    public async Task<ActionResult<SearchApiResponse>> Search(
        [FromQuery] string? q,
        [FromQuery] string? type,
        [FromQuery] string? topic,
        [FromQuery] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var request = new SearchRequest(q, type, topic, page);
        var results = await search.SearchAsync(request, cancellationToken);
        return SearchApiResponse.From(request, results);
    }

    [HttpGet(SearchPaths.SuggestApi)]
    public IReadOnlyList<SearchSuggestion> Suggest([FromQuery] string? q) =>
        [.. search.Suggest(q).Select(s => new SearchSuggestion(s.Title, s.Url))];
}

public sealed record SearchSuggestion(string Title, string Url);

public sealed record SearchApiItem(string Id, string Type, string Title, string Url, string Summary, string Snippet, float Score);

public sealed record SearchApiFacet(string Value, int Count);

/// <param name="Indexing">True while the index is being built for the first time: try again shortly.</param>
public sealed record SearchApiResponse(
    string Query,
    int Total,
    int Page,
    int PageSize,
    bool MatchedAll,
    string? Suggestion,
    bool Indexing,
    IReadOnlyList<SearchApiItem> Items,
    IReadOnlyList<SearchApiFacet> Types,
    IReadOnlyList<SearchApiFacet> Topics)
{
    public static SearchApiResponse From(SearchRequest request, SearchResults? results)
    {
        var found = results ?? SearchResults.Empty(request);
        return new(
            request.Query ?? "",
            found.Total,
            request.SafePage,
            SearchRequest.PageSize,
            found.MatchedAll,
            found.Suggestion,
            results is null,
            [.. found.Hits.Select(h => new SearchApiItem(h.ItemId, h.ContentType, h.Title, h.Url, h.Summary, h.SnippetHtml, h.Score))],
            [.. found.Types.Select(f => new SearchApiFacet(f.Value, f.Count))],
            [.. found.Topics.Select(f => new SearchApiFacet(f.Value, f.Count))]);
    }
}
