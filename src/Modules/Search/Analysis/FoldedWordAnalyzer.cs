using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;

namespace Portal.Search.Analysis;

/// <summary>
/// Whole words, lower-cased; folded (for exact-title hits and prefixes) or with their accents (the vocabulary
/// that "¿Quisiste decir…?" draws from, so suggestions are spelled right). No stop words, no stemming.
/// </summary>
public sealed class FoldedWordAnalyzer(bool fold) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(SpanishTextAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(SpanishTextAnalyzer.Version, source);
        if (fold)
        {
            stream = new VowelAccentFoldingFilter(stream);
        }

        return new TokenStreamComponents(source, stream);
    }
}
