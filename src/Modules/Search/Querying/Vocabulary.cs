using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// The index's own words, with their accents, keyed by their folded form: the source of "¿Quisiste decir…?".
/// Built once per index reader (a reader never changes) and dropped with it.
/// </summary>
public sealed class Vocabulary
{
    private static readonly ConditionalWeakTable<IndexReader, Vocabulary> Cache = [];

    private readonly Dictionary<string, (string Word, int Frequency)> _words = new(StringComparer.Ordinal);

    private Vocabulary(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Spell);
        if (terms is null)
        {
            return;
        }

        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var word = enumerator.Term.Utf8ToString();
            if (word.Length < 3 || word.Any(char.IsDigit))
            {
                continue;
            }

            var folded = SpanishFolding.Fold(word);
            var frequency = enumerator.DocFreq;
            if (!_words.TryGetValue(folded, out var known) || known.Frequency < frequency)
            {
                _words[folded] = (word, frequency);
            }
        }
    }

    public static Vocabulary Of(IndexReader reader) => Cache.GetValue(reader, r => new Vocabulary(r));

    public bool Contains(string foldedWord) => _words.ContainsKey(foldedWord);

    /// <summary>The closest known word (one typo for shorter words, two for longer ones), the most frequent on a tie.</summary>
    public string? Closest(string foldedWord)
    {
        var max = foldedWord.Length >= QueryBuilder.TwoEditsLength ? 2 : foldedWord.Length >= 4 ? 1 : 0;
        if (max == 0)
        {
            return null;
        }

        string? best = null;
        var bestDistance = max + 1;
        var bestFrequency = 0;
        foreach (var (folded, (word, frequency)) in _words)
        {
            var distance = EditDistance.Compute(foldedWord, folded, max);
            if (distance < bestDistance || (distance == bestDistance && distance <= max && frequency > bestFrequency))
            {
                best = word;
                bestDistance = distance;
                bestFrequency = frequency;
            }
        }

        return bestDistance <= max ? best : null;
    }
}
