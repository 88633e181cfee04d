namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// Marks the words of legal citations ("Ley 39/2015, de 1 de octubre", "art. 21.4", "Real Decreto 203/2021") and
/// codes ("SIA 123456") as excluded, so they count neither as words nor as syllables (design note §1).
/// </summary>
internal static class Citations
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Heads = Lookup(
        "ley", "leyes", "art", "arts", "articulo", "articulos", "decreto", "rd", "orden", "reglamento", "directiva",
        "apartado", "apdo", "sia", "disposicion", "real", "organica", "legislativo");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
        "noviembre", "diciembre");

    private const int MaxHeadWords = 3;

    public static void Mark(string folded, List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsWord(folded, tokens[i], Heads))
            {
                continue;
            }

            var j = i + 1;
            while (j < tokens.Count && j - i < MaxHeadWords && IsWord(folded, tokens[j], Heads))
            {
                j++;
            }

            if (j >= tokens.Count || tokens[j].Kind != TokenKind.Number)
            {
                continue;
            }

            for (var k = i; k < j; k++)
            {
                tokens[k] = tokens[k] with { Kind = TokenKind.Citation };
            }

            i = MarkDate(folded, tokens, j + 1) - 1;
        }
    }

    /// <summary>", de 1 de octubre" and ", de 1 de octubre de 2015" after the number. Returns the first token after the citation.</summary>
    private static int MarkDate(string folded, List<Token> tokens, int start)
    {
        if (start + 3 < tokens.Count && IsDe(folded, tokens[start]) && tokens[start + 1].Kind == TokenKind.Number
            && IsDe(folded, tokens[start + 2]) && IsWord(folded, tokens[start + 3], Months))
        {
            tokens[start] = tokens[start] with { Kind = TokenKind.Citation };
            tokens[start + 2] = tokens[start + 2] with { Kind = TokenKind.Citation };
            tokens[start + 3] = tokens[start + 3] with { Kind = TokenKind.Citation };
            start += 4;
            if (start + 1 < tokens.Count && IsDe(folded, tokens[start]) && tokens[start + 1].Kind == TokenKind.Number)
            {
                tokens[start] = tokens[start] with { Kind = TokenKind.Citation };
                start += 2;
            }
        }

        return start;
    }

    private static bool IsDe(string folded, Token token) =>
        token.Kind == TokenKind.Word && folded.AsSpan(token.Start, token.Length).SequenceEqual("de");

    private static bool IsWord(string folded, Token token, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        token.Kind == TokenKind.Word && set.Contains(folded.AsSpan(token.Start, token.Length));

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
