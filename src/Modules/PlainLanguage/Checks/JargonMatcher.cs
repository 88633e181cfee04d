using System.Text.Json;
using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>
/// Finds jargon in analysed text. Patterns are compiled once and indexed by their first word, so a text is checked
/// with one dictionary lookup per word (plus the few patterns that start with a wildcard).
/// </summary>
public sealed class JargonMatcher
{
    private readonly Dictionary<string, List<Pattern>>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly List<Pattern> _wildcardFirst = [];

    public JargonMatcher(IEnumerable<JargonEntry> entries)
    {
        var byFirstWord = new Dictionary<string, List<Pattern>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var text in entry.Patterns)
            {
                var words = SpanishLetters.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0)
                {
                    continue;
                }

                var pattern = new Pattern(words, entry);
                if (words[0].Contains('*', StringComparison.Ordinal))
                {
                    _wildcardFirst.Add(pattern);
                }
                else
                {
                    if (!byFirstWord.TryGetValue(words[0], out var list))
                    {
                        byFirstWord[words[0]] = list = [];
                    }

                    list.Add(pattern);
                }
            }
        }

        // Longest first, so "a la mayor brevedad posible" wins over "a la mayor brevedad".
        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        _wildcardFirst.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static JargonMatcher Default { get; } = new(LoadDefaultEntries());

    public static IReadOnlyList<JargonEntry> LoadDefaultEntries()
    {
        using var stream = EmbeddedData.Open("jargon.json");
        return JsonSerializer.Deserialize<List<JargonEntry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded jargon list is empty.");
    }

    public void Find(TextAnalysis text, List<Finding> findings)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            var match = (_byFirstWord.TryGetValue(text.FoldedWord(i), out var candidates) ? First(text, i, candidates) : null)
                ?? First(text, i, _wildcardFirst);
            if (match is null)
            {
                continue;
            }

            var first = text.Words[i];
            var last = text.Words[i + match.Words.Length - 1];
            findings.Add(new Finding(match.Entry.Explain ? FindingCodes.JargonToExplain : FindingCodes.Jargon, FindingSeverity.Warning,
                first.Start, last.End - first.Start, [text.Text[first.Start..last.End]])
            {
                Suggestion = match.Entry.Suggestion,
                Note = match.Entry.Note.Length > 0 ? match.Entry.Note : null,
            });
            i += match.Words.Length - 1;
        }
    }

    private static Pattern? First(TextAnalysis text, int start, List<Pattern> candidates)
    {
        foreach (var pattern in candidates)
        {
            if (Matches(text, start, pattern.Words))
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>All pattern words match consecutive words of one sentence.</summary>
    private static bool Matches(TextAnalysis text, int start, string[] words)
    {
        if (start + words.Length > text.Words.Count || text.Words[start + words.Length - 1].Sentence != text.Words[start].Sentence)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!WordMatches(text.FoldedWord(start + k), words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool WordMatches(ReadOnlySpan<char> word, string pattern)
    {
        if (pattern.Length > 1 && pattern[^1] == '*')
        {
            return word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal);
        }

        if (pattern.Length > 1 && pattern[0] == '*')
        {
            return word.Length >= pattern.Length && word.EndsWith(pattern.AsSpan(1), StringComparison.Ordinal);
        }

        return word.SequenceEqual(pattern);
    }

    private sealed record Pattern(string[] Words, JargonEntry Entry);
}
