using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// A short passage of a text with the matched words in &lt;mark&gt;: the window of words that holds the most
/// matches. Matching runs the same analyzer as the index, so "padrones" marks "padrón"; the analyzer's offsets
/// say where each word sits in the original text. Returns HTML (everything else is encoded).
/// </summary>
public sealed class SnippetBuilder(SearchAnalysis analysis)
{
    public const int WindowWords = 24;

    public const int FallbackLength = 200;

    /// <summary>Encodes markup characters only, so accented letters stay readable in the HTML and in the API's JSON.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <returns>The snippet, or null when the text holds no match.</returns>
    public string? Build(string text, HighlightTerms terms)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var tokens = analysis.Text.Tokens(SearchFields.Body, text);
        var matched = tokens.Select(t => Matches(t, text, terms)).ToArray();
        if (!matched.Any(m => m))
        {
            return null;
        }

        var (from, to) = BestWindow(matched, Math.Min(WindowWords, tokens.Count));
        var start = from == 0 ? 0 : tokens[from].Start;
        var end = to == tokens.Count - 1 ? text.Length : tokens[to].End;
        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var position = start;
        for (var i = from; i <= to; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            html.Append(Html.Encode(text[position..tokens[i].Start]));
            html.Append("<mark>").Append(Html.Encode(text[tokens[i].Start..tokens[i].End])).Append("</mark>");
            position = tokens[i].End;
        }

        html.Append(Html.Encode(text[position..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Trim();
    }

    /// <summary>The first words of a text, encoded, for results whose text holds no marked word.</summary>
    public static string Plain(string text)
    {
        if (text.Length <= FallbackLength)
        {
            return Html.Encode(text);
        }

        var cut = text.LastIndexOf(' ', FallbackLength);
        return Html.Encode(text[..(cut > 0 ? cut : FallbackLength)]) + "…";
    }

    private static bool Matches(AnalyzedToken token, string text, HighlightTerms terms)
    {
        if (terms.Stems.Contains(token.Term))
        {
            return true;
        }

        if (token.Term.Length >= 4 && terms.FuzzyStems.Any(s => WithinOneEdit(s, token.Term)))
        {
            return true;
        }

        if (terms.Prefixes.Count == 0)
        {
            return false;
        }

        var word = SpanishFolding.Fold(text[token.Start..token.End].ToLowerInvariant());
        return terms.Prefixes.Any(p => word.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>The window of <paramref name="size"/> tokens with the most matches, its first match near the start.</summary>
    private static (int From, int To) BestWindow(bool[] matched, int size)
    {
        var count = matched.Take(size).Count(m => m);
        var best = count;
        var bestFrom = 0;
        for (var from = 1; from + size <= matched.Length; from++)
        {
            count += (matched[from + size - 1] ? 1 : 0) - (matched[from - 1] ? 1 : 0);
            if (count > best)
            {
                best = count;
                bestFrom = from;
            }
        }

        // Start a few words before the first match in the window, so the match reads in context.
        var first = Array.IndexOf(matched, true, bestFrom);
        var lead = Math.Max(0, first - 4);
        var shift = Math.Min(lead - bestFrom, matched.Length - size - bestFrom);
        bestFrom += Math.Max(0, shift);
        return (bestFrom, bestFrom + size - 1);
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        return EditDistance.Compute(a, b, 1) <= 1;
    }
}
