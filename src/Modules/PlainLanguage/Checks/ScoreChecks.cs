using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>Warnings on the formulas and on mean sentence length; they have no span (they are about the whole text).</summary>
internal static class ScoreChecks
{
    public static void Scores(Readability readability, PlainLanguageOptions options, List<Finding> findings)
    {
        if (readability.Inflesz < options.InfleszMinimum)
        {
            findings.Add(new Finding(FindingCodes.LowInflesz, FindingSeverity.Warning, 0, 0,
                [Math.Round(Readability.Clamp(readability.Inflesz), 1), options.InfleszMinimum, options.InfleszTarget]));
        }

        if (readability.FernandezHuerta < options.FernandezHuertaMinimum)
        {
            findings.Add(new Finding(FindingCodes.LowFernandezHuerta, FindingSeverity.Warning, 0, 0,
                [Math.Round(Readability.Clamp(readability.FernandezHuerta), 1), options.FernandezHuertaMinimum]));
        }
    }

    public static void MeanSentenceLength(TextCounts counts, double maximum, List<Finding> findings)
    {
        if (counts.Sentences > 0 && counts.MeanSentenceWords > maximum)
        {
            findings.Add(new Finding(FindingCodes.LongMeanSentence, FindingSeverity.Warning, 0, 0, [Math.Round(counts.MeanSentenceWords, 1), maximum]));
        }
    }
}
