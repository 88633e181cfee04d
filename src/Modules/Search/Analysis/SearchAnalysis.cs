using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Portal.Search.Analysis;

/// <summary>
/// The analyzers of one index. <see cref="Spanish"/> is what the site uses; <see cref="Standard"/> is the plain
/// StandardAnalyzer baseline the benchmark compares it with (no folding, no stemming, no synonyms, no fuzzy).
/// </summary>
public sealed class SearchAnalysis
{
    /// <summary>Changes whenever the fields or the analysis change, so that an index built differently is rebuilt.</summary>
    public const string SchemaVersion = "es-1";

    private SearchAnalysis(Analyzer text, Analyzer exact, Analyzer spell, bool expand)
    {
        Text = text;
        Exact = exact;
        Spell = spell;
        Expand = expand;
        Index = new PerFieldAnalyzerWrapper(text, new Dictionary<string, Analyzer>
        {
            [SearchFields.TitleExact] = exact,
            [SearchFields.Words] = exact,
            [SearchFields.Spell] = spell,
        });
    }

    public static SearchAnalysis Spanish { get; } = new(new SpanishTextAnalyzer(), new FoldedWordAnalyzer(fold: true), new FoldedWordAnalyzer(fold: false), expand: true);

    public static SearchAnalysis Standard { get; } = CreateStandard();

    /// <summary>The stemmed text fields.</summary>
    public Analyzer Text { get; }

    /// <summary>Whole folded words: exact title and prefixes.</summary>
    public Analyzer Exact { get; }

    public Analyzer Spell { get; }

    /// <summary>Whether queries add synonyms and fuzzy matches.</summary>
    public bool Expand { get; }

    /// <summary>The per-field analyzer an index writer uses.</summary>
    public Analyzer Index { get; }

    private static SearchAnalysis CreateStandard()
    {
        var standard = new StandardAnalyzer(SpanishTextAnalyzer.Version);
        return new SearchAnalysis(standard, standard, standard, expand: false);
    }
}
