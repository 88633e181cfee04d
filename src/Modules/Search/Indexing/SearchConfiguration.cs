using Portal.Core.Settings;
using Portal.Search.Analysis;
using Portal.Search.Querying;
using Portal.Search.Synonyms;

namespace Portal.Search.Indexing;

/// <summary>The site's analysis with its current synonym list: the document factory and engine that go with them.</summary>
public sealed record SearchConfiguration(SynonymSet Synonyms, DocumentFactory Documents, SearchEngine Engine)
{
    public static SearchConfiguration For(SearchAnalysis analysis, SynonymSet synonyms) =>
        new(synonyms, new DocumentFactory(analysis, synonyms), new SearchEngine(analysis, new QueryBuilder(analysis, synonyms)));
}

/// <summary>Parses the synonym list once per change of the settings.</summary>
public sealed class SearchConfigurations(ISiteSettingsStore settings)
{
    private (string Key, SearchConfiguration Value)? _current;

    public async Task<SearchConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        var lines = (await settings.GetAsync<SearchSettings>(cancellationToken)).Synonyms;
        var key = string.Join('\n', lines);
        var current = _current;
        if (current is { } known && known.Key == key)
        {
            return known.Value;
        }

        var value = SearchConfiguration.For(SearchAnalysis.Spanish, SynonymSet.Parse(lines, SearchAnalysis.Spanish));
        _current = (key, value);
        return value;
    }
}
