using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

public static class AnalyzerExtensions
{
    /// <summary>Runs the analyzer over <paramref name="text"/> as field <paramref name="field"/>.</summary>
    public static List<AnalyzedToken> Tokens(this Analyzer analyzer, string field, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }

        stream.End();
        return tokens;
    }
}
