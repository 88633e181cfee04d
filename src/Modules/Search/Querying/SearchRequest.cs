namespace Portal.Search.Querying;

/// <summary>A search as the results page and the API receive it.</summary>
public sealed record SearchRequest(string? Query, string? Type = null, string? Topic = null, int Page = 1)
{
    public const int PageSize = 10;

    public const int MaxPage = 100;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);
}

public sealed record SearchHit(string ItemId, string ContentType, string Title, string Url, string Summary, string SnippetHtml, float Score);

/// <param name="MatchedAll">False when no item had every word and the results hold any of them.</param>
/// <param name="Suggestion">"¿Quisiste decir…?", spelled with the index's own words.</param>
public sealed record SearchResults(
    SearchRequest Request,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Topics,
    string? Suggestion,
    bool MatchedAll)
{
    public static SearchResults Empty(SearchRequest request) => new(request, 0, [], [], [], null, true);

    public int Pages => (Total + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
}
