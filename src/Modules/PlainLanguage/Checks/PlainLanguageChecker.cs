using Microsoft.Extensions.Options;
using Portal.PlainLanguage.Scoring;

namespace Portal.PlainLanguage.Checks;

/// <summary>Scores a page's fields and runs the rule checks of design note §5. Warnings only: nothing here blocks saving.</summary>
public sealed class PlainLanguageChecker
{
    public const string TitleField = "title";
    public const string SummaryField = "summary";

    private readonly PlainLanguageOptions _options;
    private readonly TextAnalyzer _analyzer;
    private readonly AcronymCheck _acronyms;
    private readonly JargonMatcher _jargon;

    public PlainLanguageChecker(IOptions<PlainLanguageOptions> options)
    {
        _options = options.Value;
        _analyzer = new TextAnalyzer(new Abbreviations(_options.ExtraAbbreviations));
        _acronyms = new AcronymCheck(_options.ExtraAcronyms);
        _jargon = JargonMatcher.Default;
    }

    public PageReport Check(IEnumerable<KeyValuePair<string, string>> fields, CheckScope scope) => Check(fields, scope, _jargon);

    /// <summary>Checks against <paramref name="jargon"/>: the list administrators keep (see <c>JargonList</c>).</summary>
    public PageReport Check(IEnumerable<KeyValuePair<string, string>> fields, CheckScope scope, JargonMatcher jargon)
    {
        var reports = new List<FieldReport>();
        var pooled = default(TextCounts);
        foreach (var (name, text) in fields)
        {
            var report = CheckField(name, text ?? "", scope, jargon);
            reports.Add(report);
            pooled += report.Counts;
        }

        var readability = scope.Spanish && pooled.Words >= _options.MinimumWordsForScores ? Readability.From(pooled) : null;
        var findings = new List<Finding>();
        if (readability is not null && scope.WarnOnScores)
        {
            ScoreChecks.Scores(readability, _options, findings);
        }

        if (readability is not null)
        {
            ScoreChecks.MeanSentenceLength(pooled, _options.MeanSentenceWordsMaximum, findings);
        }

        return new PageReport(reports, pooled, readability, findings);
    }

    public FieldReport CheckField(string name, string text, CheckScope scope) => CheckField(name, text, scope, _jargon);

    private FieldReport CheckField(string name, string text, CheckScope scope, JargonMatcher jargon)
    {
        var analysis = _analyzer.Analyze(text);
        var findings = new List<Finding>();
        if (string.Equals(name, TitleField, StringComparison.OrdinalIgnoreCase))
        {
            LengthChecks.Overall(text, _options.TitleMaximumCharacters, FindingCodes.LongTitle, findings);
        }
        else if (string.Equals(name, SummaryField, StringComparison.OrdinalIgnoreCase))
        {
            LengthChecks.Overall(text, _options.SummaryMaximumCharacters, FindingCodes.LongSummary, findings);
        }

        LengthChecks.Sentences(analysis, _options, findings);
        LengthChecks.Paragraphs(analysis, _options.ParagraphMaximumCharacters, findings);
        LinkChecks.Find(analysis, findings);
        if (!scope.Spanish)
        {
            return new FieldReport(name, analysis.Counts, null, Sorted(findings));
        }

        GrammarChecks.PassiveVoice(analysis, findings);
        GrammarChecks.GerundChains(analysis, _options.GerundsPerSentence, findings);
        GrammarChecks.StackedNegation(analysis, _options.NegationsPerSentence, findings);
        jargon.Find(analysis, findings);
        AddressCheck.Find(analysis, _options.FormOfAddress, findings);
        _acronyms.Find(analysis, findings);

        // Short fields get the rule checks only: a formula (or a density) over 10 words is noise.
        Readability? readability = null;
        if (analysis.Counts.Words >= _options.MinimumWordsForScores)
        {
            GrammarChecks.Nominalisations(analysis, _options.NominalisationsPer100WordsMaximum, findings);
            readability = Readability.From(analysis.Counts);
            if (readability is not null && scope.WarnOnScores)
            {
                ScoreChecks.Scores(readability, _options, findings);
            }
        }

        return new FieldReport(name, analysis.Counts, readability, Sorted(findings));
    }

    private static List<Finding> Sorted(List<Finding> findings)
    {
        findings.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Code, b.Code));
        return findings;
    }
}
