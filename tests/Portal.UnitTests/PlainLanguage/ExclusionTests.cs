using Portal.PlainLanguage.Scoring;

namespace Portal.UnitTests.PlainLanguage;

public sealed class ExclusionTests
{
    private static string[] Words(string text)
    {
        var analysis = TextAnalyzer.Default.Analyze(text);
        return [.. analysis.Words.Select((_, i) => analysis.WordText(i).ToString())];
    }

    [Theory]
    [InlineData("Lo dice la Ley 39/2015, de 1 de octubre.", "la")]
    [InlineData("Lo dice el art. 21.4.", "el")]
    [InlineData("Lo dice el artículo 21.", "el")]
    [InlineData("Lo dice el Real Decreto 203/2021.", "el")]
    [InlineData("Lo dice la Ley Orgánica 3/2018, de 5 de diciembre de 2018.", "la")]
    public void Legal_citations_count_neither_as_words_nor_as_syllables(string text, string article)
    {
        Assert.Equal(["Lo", "dice", article], Words(text));
        Assert.Equal(1, TextAnalyzer.Default.Analyze(text).Counts.Sentences);
    }

    [Fact]
    public void Urls_emails_codes_and_numbers_are_left_out()
    {
        var analysis = TextAnalyzer.Default.Analyze("Escribe a registro@villa.es o entra en https://sede.villa.es/tramite. Código SIA 123456, modelo 030 y expediente EX-2024-17 antes del 15.");

        Assert.Equal(["Escribe", "a", "o", "entra", "en", "Código", "modelo", "y", "expediente", "antes", "del"],
            analysis.Words.Select((_, i) => analysis.WordText(i).ToString()));
        Assert.Equal(2, analysis.Counts.Sentences);
    }

    [Fact]
    public void Markdown_link_targets_are_left_out_and_their_text_counted()
    {
        var analysis = TextAnalyzer.Default.Analyze("Consulta [las bases](https://villa.es/bases.pdf) hoy.");

        Assert.Equal(["Consulta", "las", "bases", "hoy"], analysis.Words.Select((_, i) => analysis.WordText(i).ToString()));
        Assert.Single(analysis.Links);
        Assert.Empty(analysis.Urls);
    }
}
