using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;
using Portal.Search.Indexing;

namespace Portal.Search.Querying;

/// <summary>The site's search: the live index with the current synonym list.</summary>
public sealed class SiteSearch(SearchIndexStore store, SearchConfigurations configurations)
{
    public const int SuggestionCount = 8;

    /// <returns>Null while there is no index yet (a first start rebuilding).</returns>
    public async Task<SearchResults?> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var configuration = await configurations.GetAsync(cancellationToken);
        using var lease = store.Acquire();
        return lease is null ? null : configuration.Engine.Search(lease.Searcher, request);
    }

    /// <summary>The given items that are in the index, in the given order: the popular trámites of the no-results page.</summary>
    public IReadOnlyList<(string Title, string Url)> Find(IEnumerable<string> itemIds)
    {
        using var lease = store.Acquire();
        if (lease is null)
        {
            return [];
        }

        var found = new List<(string, string)>();
        foreach (var id in itemIds)
        {
            var top = lease.Searcher.Search(new TermQuery(new Term(SearchFields.Id, id)), 1);
            if (top.ScoreDocs.Length == 1)
            {
                var doc = lease.Searcher.Doc(top.ScoreDocs[0].Doc);
                found.Add((doc.Get(SearchFields.Title), doc.Get(SearchFields.Url)));
            }
        }

        return found;
    }

    /// <summary>How many items the live index holds, or null when there is none yet.</summary>
    public int? Count()
    {
        using var lease = store.Acquire();
        return lease?.Searcher.IndexReader.NumDocs;
    }

    /// <summary>Titles that start with what was typed (the last word as a prefix), for the search box.</summary>
    public IReadOnlyList<(string Title, string Url)> Suggest(string? typed)
    {
        var words = SearchAnalysis.Spanish.Exact.Tokens(SearchFields.TitleExact, (typed ?? "").Length > UserQuery.MaxLength ? typed![..UserQuery.MaxLength] : typed ?? "")
            .Select(t => t.Term)
            .Take(UserQuery.MaxParts)
            .ToList();
        if (words.Count == 0 || words[^1].Length < 2)
        {
            return [];
        }

        using var lease = store.Acquire();
        if (lease is null)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var word in words.Take(words.Count - 1))
        {
            query.Add(new TermQuery(new Term(SearchFields.TitleExact, word)), Occur.MUST);
        }

        query.Add(new PrefixQuery(new Term(SearchFields.TitleExact, words[^1])), Occur.MUST);
        var top = lease.Searcher.Search(query, SuggestionCount);
        return [.. top.ScoreDocs.Select(d => lease.Searcher.Doc(d.Doc)).Select(d => (d.Get(SearchFields.Title), d.Get(SearchFields.Url)))];
    }
}
