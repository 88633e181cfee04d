using Lucene.Net.Index;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>"¿Quisiste decir…?": the query with each word the index does not know replaced by the closest one it does.</summary>
public static class SpellingSuggester
{
    /// <returns>The corrected query, or null when every word is known or none has a close match.</returns>
    public static string? Suggest(IndexReader reader, IReadOnlyList<string> words)
    {
        var vocabulary = Vocabulary.Of(reader);
        var changed = false;
        var corrected = new List<string>(words.Count);
        foreach (var word in words)
        {
            var folded = SpanishFolding.Fold(word.ToLowerInvariant());
            if (folded.Length < 4 || vocabulary.Contains(folded) || folded.Any(char.IsDigit))
            {
                corrected.Add(word);
                continue;
            }

            var closest = vocabulary.Closest(folded);
            changed |= closest is not null;
            corrected.Add(closest ?? word);
        }

        return changed ? string.Join(' ', corrected) : null;
    }
}
