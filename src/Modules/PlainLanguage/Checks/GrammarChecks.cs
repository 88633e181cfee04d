using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>Checks within sentences: passive voice with ser, gerund chains, stacked negation, nominalisations.</summary>
internal static class GrammarChecks
{
    /// <summary>A form of ser followed by a participle, maybe with one -mente adverb between ("fue rápidamente aprobada").</summary>
    public static void PassiveVoice(TextAnalysis text, List<Finding> findings)
    {
        for (var i = 0; i + 1 < text.Words.Count; i++)
        {
            if (!SpanishWordLists.SerForms.Contains(text.FoldedWord(i)))
            {
                continue;
            }

            var next = i + 1;
            if (text.FoldedWord(next).EndsWith("mente", StringComparison.Ordinal) && next + 1 < text.Words.Count)
            {
                next++;
            }

            if (text.Words[next].Sentence == text.Words[i].Sentence && IsParticiple(text.WordText(next), text.FoldedWord(next)))
            {
                var span = Span(text, i, next);
                findings.Add(new Finding(FindingCodes.PassiveVoice, FindingSeverity.Warning, span.Start, span.Length, [text.Text.Substring(span.Start, span.Length)]));
                i = next;
            }
        }
    }

    /// <summary>Regular participles (-ado, -ido and their feminine and plural) carry no written accent, except -ído (leído).</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
    {
        if (SpanishWordLists.IrregularParticiples.Contains(folded))
        {
            return true;
        }

        if (folded.Length < 5 || SpanishWordLists.ParticipleLookalikes.Contains(folded))
        {
            return false;
        }

        var stem = folded[^1] == 's' ? folded[..^1] : folded;
        if (!(stem.EndsWith("ado", StringComparison.Ordinal) || stem.EndsWith("ada", StringComparison.Ordinal)
            || stem.EndsWith("ido", StringComparison.Ordinal) || stem.EndsWith("ida", StringComparison.Ordinal)))
        {
            return false;
        }

        // "válido", "rápido", "sólido" are adjectives stressed on the antepenultimate syllable: they carry an accent.
        var accent = word.IndexOfAny("áéíóú");
        return accent < 0 || (word[accent] == 'í' && accent == stem.Length - 3);
    }

    public static void GerundChains(TextAnalysis text, int threshold, List<Finding> findings) =>
        PerSentence(text, threshold, IsGerund, FindingCodes.GerundChain, findings);

    public static void StackedNegation(TextAnalysis text, int threshold, List<Finding> findings) =>
        PerSentence(text, threshold, (_, folded) => SpanishWordLists.Negatives.Contains(folded), FindingCodes.StackedNegation, findings);

    public static bool IsGerund(ReadOnlySpan<char> word, ReadOnlySpan<char> folded)
    {
        if (folded.Length < 5 || SpanishWordLists.GerundLookalikes.Contains(folded))
        {
            return false;
        }

        if (folded.EndsWith("ando", StringComparison.Ordinal) || folded.EndsWith("iendo", StringComparison.Ordinal)
            || folded.EndsWith("yendo", StringComparison.Ordinal))
        {
            return true;
        }

        // With clitics the stress gets written: "presentándolo", "haciéndolo".
        return word.Contains("ándo", StringComparison.OrdinalIgnoreCase) || word.Contains("iéndo", StringComparison.OrdinalIgnoreCase)
            || word.Contains("yéndo", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Density of -ción and -miento words per 100 words; one warning on the first, as the fix is to the whole text.</summary>
    public static void Nominalisations(TextAnalysis text, double maximumPer100, List<Finding> findings)
    {
        var count = 0;
        var first = -1;
        for (var i = 0; i < text.Words.Count; i++)
        {
            var folded = text.FoldedWord(i);
            if (folded.Length > 5 && (folded.EndsWith("cion", StringComparison.Ordinal) || folded.EndsWith("ciones", StringComparison.Ordinal)
                || folded.EndsWith("miento", StringComparison.Ordinal) || folded.EndsWith("mientos", StringComparison.Ordinal)))
            {
                count++;
                first = first < 0 ? i : first;
            }
        }

        var per100 = text.Words.Count == 0 ? 0 : count * 100.0 / text.Words.Count;
        if (per100 > maximumPer100)
        {
            var word = text.Words[first];
            findings.Add(new Finding(FindingCodes.Nominalisations, FindingSeverity.Warning, word.Start, word.Length, [count, Math.Round(per100, 1)]));
        }
    }

    private delegate bool WordTest(ReadOnlySpan<char> word, ReadOnlySpan<char> folded);

    private static void PerSentence(TextAnalysis text, int threshold, WordTest test, string code, List<Finding> findings)
    {
        foreach (var sentence in text.Sentences)
        {
            var hits = 0;
            for (var i = sentence.FirstWord; i < sentence.FirstWord + sentence.WordCount; i++)
            {
                hits += test(text.WordText(i), text.FoldedWord(i)) ? 1 : 0;
            }

            if (hits >= threshold)
            {
                findings.Add(new Finding(code, FindingSeverity.Warning, sentence.Start, sentence.Length, [hits]));
            }
        }
    }

    private static (int Start, int Length) Span(TextAnalysis text, int firstWord, int lastWord) =>
        (text.Words[firstWord].Start, text.Words[lastWord].End - text.Words[firstWord].Start);
}
