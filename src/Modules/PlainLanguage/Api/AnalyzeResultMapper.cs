using Microsoft.Extensions.Localization;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Api;

/// <summary>Turns a checker report into the panel's JSON, with Spanish messages and band labels from the resources.</summary>
public sealed class AnalyzeResultMapper(IStringLocalizer<PlainLanguageResources> S)
{
    public AnalyzeResponse Map(PageReport report)
    {
        var fields = new Dictionary<string, TextResult>(StringComparer.Ordinal);
        foreach (var field in report.Fields)
        {
            fields[field.Name] = Result(field.Counts, field.Readability, field.Findings);
        }

        return new AnalyzeResponse(fields, Result(report.Counts, report.Readability, report.Findings));
    }

    private TextResult Result(TextCounts counts, Readability? readability, IReadOnlyList<Finding> findings) => new(
        new CountsResult(counts.Words, counts.Syllables, counts.Sentences, counts.Letters, Math.Round(counts.MeanSentenceWords, 2)),
        readability is null ? null : Scores(readability),
        [.. findings.Select(Warning)]);

    private ScoresResult Scores(Readability r) => new(
        Score(r.Inflesz, ReadabilityBands.Inflesz(r.Inflesz)),
        Score(r.FernandezHuerta, ReadabilityBands.FernandezHuerta(r.FernandezHuerta)),
        Score(r.SzigrisztPazos, ReadabilityBands.Szigriszt(r.SzigrisztPazos)),
        Score(r.GutierrezDePolini, null),
        new ScoreResult(Math.Round(r.Crawford, 2), Math.Round(r.Crawford, 2), null),
        r.Mu is { } mu ? Score(mu, ReadabilityBands.Mu(mu)) : null);

    private ScoreResult Score(double value, string? bandKey) =>
        new(Math.Round(value, 2), Math.Round(Readability.Clamp(value), 2), bandKey is null ? null : S[bandKey].Value);

    private WarningResult Warning(Finding f) => new(
        f.Code,
        f.Severity == FindingSeverity.Hint ? "hint" : "warning",
        S[PlainLanguageTexts.Finding[f.Code], [.. f.Arguments]].Value,
        f.Start,
        f.Length,
        f.Suggestion,
        f.Note);
}
