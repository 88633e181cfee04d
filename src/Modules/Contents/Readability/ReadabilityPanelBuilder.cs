using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.PlainLanguage;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;
using Portal.PlainLanguage.Scoring;

namespace Portal.Contents.Readability;

/// <summary>Runs the plain-language checker over an item's texts (stored, or as the editor has them typed) for the panel.</summary>
public sealed class ReadabilityPanelBuilder(
    PlainLanguageChecker checker,
    JargonList jargon,
    IOptions<PlainLanguageOptions> options,
    IStringLocalizer<PlainLanguageResources> S)
{
    /// <summary>Null for types without texts for citizens.</summary>
    public async Task<ReadabilityPanel?> BuildAsync(object model, CancellationToken cancellationToken)
    {
        var texts = ContentTexts.Of(model);
        if (texts is null)
        {
            return null;
        }

        var report = checker.Check(texts, new CheckScope(WarnOnScores: false), await jargon.MatcherAsync(cancellationToken));
        var longSentences = new List<string>();
        var jargonFound = new List<PanelJargon>();
        foreach (var field in report.Fields)
        {
            var text = texts.First(t => t.Key == field.Name).Value;
            foreach (var finding in field.Findings)
            {
                if (finding.Code == FindingCodes.LongSentence && finding.Severity == FindingSeverity.Warning)
                {
                    longSentences.Add(text.Substring(finding.Start, finding.Length).Trim());
                }
                else if (finding.Code is FindingCodes.Jargon or FindingCodes.JargonToExplain)
                {
                    jargonFound.Add(new PanelJargon(
                        text.Substring(finding.Start, finding.Length),
                        finding.Code == FindingCodes.Jargon ? finding.Suggestion : null));
                }
            }
        }

        var r = report.Readability;
        return new ReadabilityPanel(
            r is null ? null : Score(r.Inflesz, ReadabilityBands.Inflesz(r.Inflesz)),
            r is null ? null : Score(r.FernandezHuerta, ReadabilityBands.FernandezHuerta(r.FernandezHuerta)),
            report.Counts.Words,
            options.Value.MinimumWordsForScores,
            options.Value.LongSentenceWords,
            longSentences,
            [.. jargonFound.DistinctBy(j => j.Text.ToLower(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    private PanelScore Score(double value, string bandKey) =>
        new(Math.Round(Portal.PlainLanguage.Scoring.Readability.Clamp(value), 1), S[bandKey].Value);
}
