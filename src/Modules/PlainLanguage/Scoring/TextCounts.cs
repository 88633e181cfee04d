namespace Portal.PlainLanguage.Scoring;

/// <summary>
/// W, S, F and L of a text (design note §4), plus the sum of squared word lengths for the μ variance. Counts add up,
/// so a page's score comes from its pooled counts, not from averaged field scores.
/// </summary>
public readonly record struct TextCounts(int Words, int Syllables, int Sentences, int Letters, long LetterSquares)
{
    public static TextCounts operator +(TextCounts a, TextCounts b) => new(
        a.Words + b.Words, a.Syllables + b.Syllables, a.Sentences + b.Sentences, a.Letters + b.Letters, a.LetterSquares + b.LetterSquares);

    public static TextCounts Add(TextCounts a, TextCounts b) => a + b;

    public double MeanSentenceWords => Sentences == 0 ? 0 : (double)Words / Sentences;
}
