namespace Portal.PlainLanguage.Scoring;

/// <summary>The raw readability values of a text (design note §4). Raw values may leave 0–100; presentation clamps.</summary>
public sealed record Readability(double FernandezHuerta, double SzigrisztPazos, double GutierrezDePolini, double Crawford, double? Mu)
{
    /// <summary>INFLESZ re-bands the Szigriszt-Pazos score; the value is the same.</summary>
    public double Inflesz => SzigrisztPazos;

    /// <summary>Null when there is nothing to score (no words or no sentences).</summary>
    public static Readability? From(TextCounts c)
    {
        if (c.Words == 0 || c.Sentences == 0)
        {
            return null;
        }

        double words = c.Words;
        var syllablesPerWord = c.Syllables / words;
        var wordsPerSentence = words / c.Sentences;
        var lettersPerWord = c.Letters / words;

        // Law (2011): the corrected Fernández-Huerta uses words per sentence, not sentences per 100 words.
        var fernandezHuerta = 206.84 - (60 * syllablesPerWord) - (1.02 * wordsPerSentence);
        var szigriszt = 206.835 - (62.3 * syllablesPerWord) - wordsPerSentence;
        var polini = 95.2 - (9.7 * lettersPerWord) - (0.35 * wordsPerSentence);
        var crawford = (-0.205 * (c.Sentences * 100 / words)) + (0.049 * (c.Syllables * 100 / words)) - 3.407;
        return new Readability(fernandezHuerta, szigriszt, polini, crawford, MuLegibility(c));
    }

    /// <summary>Muñoz Baquedano: n/(n−1) · mean / variance · 100 of letters per word; undefined for one word or equal lengths.</summary>
    private static double? MuLegibility(TextCounts c)
    {
        if (c.Words < 2)
        {
            return null;
        }

        double n = c.Words;
        var mean = c.Letters / n;
        var variance = (c.LetterSquares / n) - (mean * mean);
        return variance <= 1e-9 ? null : n / (n - 1) * (mean / variance) * 100;
    }

    public static double Clamp(double value) => Math.Clamp(value, 0, 100);
}
