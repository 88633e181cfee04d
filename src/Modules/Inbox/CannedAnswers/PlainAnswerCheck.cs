using Portal.PlainLanguage.Api;
using Portal.PlainLanguage.Checks;
using Portal.PlainLanguage.Jargon;

namespace Portal.Inbox.CannedAnswers;

/// <summary>
/// The editors' plain-language checks on an answer, with the site's jargon list, as Syndication's answer composer
/// runs them: short answers get no score (too few words for one to mean anything) but still the warnings.
/// </summary>
public sealed class PlainAnswerCheck(PlainLanguageChecker checker, JargonList jargon, AnalyzeResultMapper mapper)
{
    private const string Field = "answer";

    public async Task<TextResult> CheckAsync(string text, CancellationToken cancellationToken)
    {
        var report = checker.Check([new KeyValuePair<string, string>(Field, text)], new CheckScope(WarnOnScores: false), await jargon.MatcherAsync(cancellationToken));
        return mapper.Map(report).Fields[Field];
    }
}
