using Portal.PlainLanguage.Checks;
using static Portal.UnitTests.PlainLanguage.CheckerTestHelpers;

namespace Portal.UnitTests.PlainLanguage;

public sealed class ScoreCheckTests
{
    private const string Hard = "La documentación administrativa correspondiente deberá presentarse obligatoriamente mediante el procedimiento electrónico habilitado. ";
    private const string Easy = "Pide cita. Ven con tu hijo. Trae el libro. Es gratis. ";

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void Difficult_fields_of_30_words_or_more_warn_on_inflesz_and_fernandez_huerta()
    {
        var report = Checker().CheckField("body", Repeat(Hard, 3), new CheckScope());

        Assert.NotNull(report.Readability);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.LowInflesz);
        Assert.Contains(report.Findings, f => f.Code == FindingCodes.LowFernandezHuerta);
    }

    [Fact]
    public void Easy_fields_do_not_warn_on_scores()
    {
        var report = Checker().CheckField("body", Repeat(Easy, 4), new CheckScope());

        Assert.NotNull(report.Readability);
        Assert.DoesNotContain(report.Findings, f => f.Code is FindingCodes.LowInflesz or FindingCodes.LowFernandezHuerta);
    }

    [Fact]
    public void Fields_under_30_words_get_rule_checks_only()
    {
        var report = Checker().CheckField("body", Hard, new CheckScope());

        Assert.Null(report.Readability);
        Assert.DoesNotContain(report.Findings, f => f.Code is FindingCodes.LowInflesz or FindingCodes.LowFernandezHuerta);
    }

    [Fact]
    public void Scores_can_be_shown_without_warnings()
    {
        var report = Checker().CheckField("body", Repeat(Hard, 3), new CheckScope(WarnOnScores: false));

        Assert.NotNull(report.Readability);
        Assert.DoesNotContain(report.Findings, f => f.Code is FindingCodes.LowInflesz or FindingCodes.LowFernandezHuerta);
    }

    [Fact]
    public void The_page_is_scored_on_pooled_counts_and_warns_on_mean_sentence_length()
    {
        var longSentences = Repeat(string.Join(' ', Enumerable.Repeat("casa", 22)) + ". ", 2);
        var page = Checker().Check([new("title", "Empadronarse"), new("body", longSentences)], new CheckScope());

        Assert.Equal(45, page.Counts.Words);
        Assert.Equal(3, page.Counts.Sentences);
        Assert.NotNull(page.Readability);
        Assert.DoesNotContain(page.Findings, f => f.Code == FindingCodes.LongMeanSentence);

        var longer = Checker().Check([new("body", Repeat(string.Join(' ', Enumerable.Repeat("casa", 22)) + ". ", 3))], new CheckScope());
        Assert.Contains(longer.Findings, f => f.Code == FindingCodes.LongMeanSentence);
    }
}
