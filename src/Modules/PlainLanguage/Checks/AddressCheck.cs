using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>The form of address that is not the site's: usted(es) on a tú site; tú, tu + noun and contigo on an usted site.</summary>
internal static class AddressCheck
{
    public static void Find(TextAnalysis text, FormOfAddress siteForm, List<Finding> findings)
    {
        for (var i = 0; i < text.Words.Count; i++)
        {
            var folded = text.FoldedWord(i);
            var other = siteForm == FormOfAddress.Tu
                ? folded is "usted" or "ustedes"
                : folded is "contigo" || (folded is "tu" && (char.ToLowerInvariant(text.WordText(i)[1]) == 'ú' || FollowedInSentence(text, i)));
            if (other)
            {
                var word = text.Words[i];
                findings.Add(new Finding(FindingCodes.FormOfAddress, FindingSeverity.Warning, word.Start, word.Length, [text.WordText(i).ToString()]));
            }
        }
    }

    private static bool FollowedInSentence(TextAnalysis text, int i) => i + 1 < text.Words.Count && text.Words[i + 1].Sentence == text.Words[i].Sentence;
}
