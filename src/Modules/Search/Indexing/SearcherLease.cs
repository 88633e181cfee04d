using Lucene.Net.Search;

namespace Portal.Search.Indexing;

/// <summary>A searcher borrowed from the live index; giving it back lets a replaced index close its files.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
