using System.Buffers;
using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>
/// Acronyms readers may not know: all capitals, 2–6 letters, not in the allow-list and not spelled out in brackets
/// at their first use ("Servicio Público de Empleo Estatal (SEPE)" or "SEPE (Servicio Público...)").
/// </summary>
public sealed class AcronymCheck
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

    public AcronymCheck(IEnumerable<string> extra)
    {
        var known = new HashSet<string>(EmbeddedData.ReadLines("acronyms.txt"), StringComparer.Ordinal);
        known.UnionWith(extra.Select(a => a.Trim()));
        _known = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Find(TextAnalysis text, List<Finding> findings)
    {
        HashSet<string>? seen = null;
        var (cachedSentence, capitalised) = (-1, false);
        for (var i = 0; i < text.Words.Count; i++)
        {
            var word = text.WordText(i);
            if (!IsAcronym(word) || _known.Contains(word))
            {
                continue;
            }

            if (text.Words[i].Sentence != cachedSentence)
            {
                (cachedSentence, capitalised) = (text.Words[i].Sentence, InCapitalisedSentence(text, i));
            }

            if (capitalised)
            {
                continue;
            }

            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(word.ToString()))
            {
                continue;
            }

            var token = text.Words[i];
            if (!NextToBracket(text.Text, token.Start, token.End))
            {
                findings.Add(new Finding(FindingCodes.UnexplainedAcronym, FindingSeverity.Warning, token.Start, token.Length, [word.ToString()]));
            }
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 6 && !word.ContainsAnyExcept(UpperCase) && word.ContainsAnyExcept(RomanDigits);

    private static readonly SearchValues<char> UpperCase = SearchValues.Create("ABCDEFGHIJKLMNÑOPQRSTUVWXYZÁÉÍÓÚÜ");

    /// <summary>"II", "IV", "XXI": chapter and century numbers, not acronyms.</summary>
    private static readonly SearchValues<char> RomanDigits = SearchValues.Create("IVXLCDM");

    /// <summary>A heading or sentence in capitals is shouting, not acronyms.</summary>
    private static bool InCapitalisedSentence(TextAnalysis text, int i)
    {
        var sentence = text.Sentences[text.Words[i].Sentence];
        if (sentence.WordCount < 3)
        {
            return false;
        }

        var capitals = 0;
        for (var k = sentence.FirstWord; k < sentence.FirstWord + sentence.WordCount; k++)
        {
            capitals += text.WordText(k).ContainsAnyExcept(UpperCase) ? 0 : 1;
        }

        return capitals * 10 >= sentence.WordCount * 7;
    }

    private static bool NextToBracket(string text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return (before >= 0 && text[before] == '(') || (after < text.Length && text[after] == '(');
    }
}
