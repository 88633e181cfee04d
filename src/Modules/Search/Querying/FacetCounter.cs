using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Search.Querying;

/// <summary>Counts the values of a doc-values field over every document a query matches (Lucene.Net.Facet is not available).</summary>
public sealed class FacetCounter(string field) : ICollector
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private SortedSetDocValues? _values;
    private int[] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public IReadOnlyList<FacetValue> Values()
    {
        Flush();
        return [.. _counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new FacetValue(c.Key, c.Value))];
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = context.AtomicReader.GetSortedSetDocValues(field);
        _segmentCounts = _values is null ? [] : new int[_values.ValueCount];
    }

    public void Collect(int doc)
    {
        if (_values is null)
        {
            return;
        }

        _values.SetDocument(doc);
        long ord;
        while ((ord = _values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            _segmentCounts[ord]++;
        }
    }

    private void Flush()
    {
        if (_values is null)
        {
            return;
        }

        var bytes = new BytesRef();
        for (var ord = 0; ord < _segmentCounts.Length; ord++)
        {
            if (_segmentCounts[ord] == 0)
            {
                continue;
            }

            _values.LookupOrd(ord, bytes);
            var key = bytes.Utf8ToString();
            _counts[key] = _counts.GetValueOrDefault(key) + _segmentCounts[ord];
        }

        _values = null;
    }
}

public sealed record FacetValue(string Value, int Count);
