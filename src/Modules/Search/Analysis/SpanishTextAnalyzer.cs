using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Es;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>
/// The chain of every weighted Spanish text field, the same at index and query time: StandardTokenizer →
/// lower case → vowel-accent fold (ñ kept) → Spanish stop words (folded too) → acronyms kept as they are →
/// Spanish light stemming (Savoy).
/// </summary>
public sealed class SpanishTextAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Acronyms and short names that must never be stemmed, lower-cased because the marker runs after lower-casing.</summary>
    private static readonly string[] Protected = ["ibi", "dni", "nie", "iivtnu", "sepe", "itv", "dgt", "ivtm", "icio", "nif", "cif"];

    public static CharArraySet StopWords { get; } = new(
        Version,
        SpanishAnalyzer.DefaultStopSet.Select(w => SpanishFolding.Fold(w.ToString() ?? "")).ToList(),
        ignoreCase: false);

    private static readonly CharArraySet Keywords = new(Version, Protected, ignoreCase: false);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new VowelAccentFoldingFilter(stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new SetKeywordMarkerFilter(stream, Keywords);
        stream = new SpanishLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
