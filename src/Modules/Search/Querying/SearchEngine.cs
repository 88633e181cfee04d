using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Runs a built query on a searcher: all words first, any word when nothing has them all; filters by type and
/// topic; counts each facet with the other facet's filter applied (so a selected type still shows every topic it
/// has); snippets and "¿Quisiste decir…?". Pure over the searcher, so the site and the benchmark share it.
/// </summary>
public sealed class SearchEngine(SearchAnalysis analysis, QueryBuilder builder)
{
    private readonly SnippetBuilder _snippets = new(analysis);

    public SearchResults Search(IndexSearcher searcher, SearchRequest request)
    {
        var built = builder.Build(UserQuery.Parse(request.Query));
        if (built.IsEmpty)
        {
            return SearchResults.Empty(request);
        }

        var matchedAll = true;
        var query = built.All!;
        var typeFilter = Filter(SearchFields.Type, request.Type);
        var topicFilter = Filter(SearchFields.Topic, request.Topic);
        var page = request.SafePage;
        var top = searcher.Search(Filtered(query, typeFilter, topicFilter), page * SearchRequest.PageSize);
        if (top.TotalHits == 0 && built.Any is not null)
        {
            matchedAll = false;
            query = built.Any;
            top = searcher.Search(Filtered(query, typeFilter, topicFilter), page * SearchRequest.PageSize);
        }

        var hits = top.ScoreDocs.Skip((page - 1) * SearchRequest.PageSize).Select(d => Hit(searcher, d, built.Highlight)).ToList();
        var suggestion = SpellingSuggester.Suggest(searcher.IndexReader, built.Words);
        return new SearchResults(
            request,
            top.TotalHits,
            hits,
            Count(searcher, Filtered(query, null, topicFilter), SearchFields.Type),
            Count(searcher, Filtered(query, typeFilter, null), SearchFields.Topic),
            suggestion,
            matchedAll);
    }

    /// <summary>The addresses of the best <paramref name="count"/> items, for relevance measures.</summary>
    public IReadOnlyList<string> Rank(IndexSearcher searcher, string query, int count)
    {
        var built = builder.Build(UserQuery.Parse(query));
        if (built.IsEmpty)
        {
            return [];
        }

        var top = searcher.Search(built.All!, count);
        if (top.TotalHits == 0 && built.Any is not null)
        {
            top = searcher.Search(built.Any, count);
        }

        return [.. top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(SearchFields.Url))];
    }

    private SearchHit Hit(IndexSearcher searcher, ScoreDoc scored, HighlightTerms highlight)
    {
        var doc = searcher.Doc(scored.Doc);
        var summary = doc.Get(SearchFields.Summary) ?? "";
        var body = doc.Get(SearchFields.Body) ?? "";
        var snippet = _snippets.Build(body, highlight) ?? _snippets.Build(summary, highlight) ?? SnippetBuilder.Plain(summary.Length > 0 ? summary : body);
        return new SearchHit(
            doc.Get(SearchFields.Id),
            doc.Get(SearchFields.Type),
            doc.Get(SearchFields.Title),
            doc.Get(SearchFields.Url),
            summary,
            snippet,
            scored.Score);
    }

    private static TermQuery? Filter(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new TermQuery(new Term(field, value.Trim()));

    private static Query Filtered(Query query, Query? first, Query? second)
    {
        if (first is null && second is null)
        {
            return query;
        }

        var filtered = new BooleanQuery { { query, Occur.MUST } };
        foreach (var filter in new[] { first, second }.OfType<Query>())
        {
            // A filter decides what matches, never how well: no weight in the score.
            filtered.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        return filtered;
    }

    private static IReadOnlyList<FacetValue> Count(IndexSearcher searcher, Query query, string field)
    {
        var counter = new FacetCounter(field);
        searcher.Search(query, counter);
        return counter.Values();
    }
}
