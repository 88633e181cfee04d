namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// Counts the vowel nuclei of one Spanish word (design note §3): diphthongs and triphthongs are one nucleus, two
/// strong vowels or an accented weak vowel make a hiatus, h between vowels changes nothing, the u of que/qui/gue/gui
/// is silent, and y is a vowel only when no vowel follows it.
/// </summary>
public static class Syllables
{
    private enum Kind : byte
    {
        Consonant,
        Strong,
        Weak,
        AccentedWeak,
        H,
    }

    /// <summary>The number of syllables; at least 1, since a word without vowels (an initial, "Sr") is still read.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        var nuclei = 0;
        var previous = Kind.Consonant;
        var nucleusHasStrong = false;
        for (var i = 0; i < word.Length; i++)
        {
            var kind = Classify(word, i);
            if (kind == Kind.H)
            {
                // Transparent: the vowels either side stay neighbours (ahu-ma-do, bú-ho).
                continue;
            }

            if (kind == Kind.Consonant)
            {
                previous = Kind.Consonant;
                continue;
            }

            if (!JoinsPrevious(previous, kind, nucleusHasStrong))
            {
                nuclei++;
                nucleusHasStrong = false;
            }

            nucleusHasStrong |= kind == Kind.Strong;
            previous = kind;
        }

        return Math.Max(nuclei, 1);
    }

    private static bool JoinsPrevious(Kind previous, Kind current, bool nucleusHasStrong) => previous switch
    {
        Kind.Consonant or Kind.AccentedWeak => false,
        _ when current == Kind.AccentedWeak => false,
        // A nucleus holds at most one strong vowel: le-er, ca-os; but a-ve-ri-guáis (u + á + i) is one.
        _ when current == Kind.Strong => !nucleusHasStrong,
        _ => true,
    };

    private static Kind Classify(ReadOnlySpan<char> word, int i)
    {
        var c = char.ToLowerInvariant(word[i]);
        switch (c)
        {
            case 'a' or 'e' or 'o' or 'á' or 'é' or 'ó':
                return Kind.Strong;
            case 'i' or 'ü':
                return Kind.Weak;
            case 'í' or 'ú':
                return Kind.AccentedWeak;
            case 'h':
                return Kind.H;
            case 'u':
                return IsSilentU(word, i) ? Kind.Consonant : Kind.Weak;
            case 'y':
                return i + 1 < word.Length && IsVowel(char.ToLowerInvariant(word[i + 1])) ? Kind.Consonant : Kind.Weak;
            default:
                return Kind.Consonant;
        }
    }

    /// <summary>que, qui, gue, gui: the u only marks the sound of q or g (gua, guo and güe keep it).</summary>
    private static bool IsSilentU(ReadOnlySpan<char> word, int i)
    {
        if (i == 0 || i + 1 >= word.Length)
        {
            return false;
        }

        var before = char.ToLowerInvariant(word[i - 1]);
        var after = char.ToLowerInvariant(word[i + 1]);
        return (before == 'q' || before == 'g') && after is 'e' or 'i' or 'é' or 'í';
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'á' or 'é' or 'í' or 'ó' or 'ú' or 'ü';
}
