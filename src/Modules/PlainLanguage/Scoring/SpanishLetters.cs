namespace Portal.PlainLanguage.Scoring;

/// <summary>Character helpers for Spanish text: what counts as a letter, and accent/case folding that keeps ñ.</summary>
public static class SpanishLetters
{
    /// <summary>Letters of words: any Unicode letter except the ordinal indicators º and ª, which belong to numbers.</summary>
    public static bool IsWordLetter(char c) => c != 'º' && c != 'ª' && char.IsLetter(c);

    /// <summary>Lower case without acute accents or diaeresis; ñ stays ñ (it is a different letter, not an accented n).</summary>
    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'á' or 'à' or 'â' => 'a',
            'é' or 'è' or 'ê' => 'e',
            'í' or 'ì' or 'î' or 'ï' => 'i',
            'ó' or 'ò' or 'ô' => 'o',
            'ú' or 'ù' or 'û' or 'ü' => 'u',
            _ => lower,
        };
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> character by character (same length, same offsets).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = Fold(text[i]);
        }
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (destination, source) => Fold(source, destination));
}
