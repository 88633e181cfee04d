using Portal.Search.Analysis;

namespace Portal.UnitTests.Search;

public sealed class SpanishAnalysisTests
{
    private static List<string> Terms(string text) => [.. SearchAnalysis.Spanish.Text.Tokens(SearchFields.Body, text).Select(t => t.Term)];

    [Theory]
    [InlineData("padrón", "padrones")]
    [InlineData("Trámite", "tramite")]
    [InlineData("licencia", "licencias")]
    [InlineData("país", "pais")]
    [InlineData("día", "dia")]
    [InlineData("plusvalía", "PLUSVALIA")]
    [InlineData("luces", "luz")]
    public void Accents_case_and_plurals_meet_at_one_term(string a, string b) => Assert.Equal(Terms(a), Terms(b));

    [Theory]
    [InlineData("año", "ano")]
    [InlineData("peña", "pena")]
    [InlineData("caña", "cana")]
    public void The_enye_is_kept(string withEnye, string withN) => Assert.NotEqual(Terms(withEnye), Terms(withN));

    [Fact]
    public void Stop_words_go_even_when_written_without_accents()
    {
        Assert.Empty(Terms("de la que él está más"));
        Assert.Empty(Terms("de la que el esta mas"));
        Assert.Equal(["vado"], Terms("quiero un vado").Skip(1));
    }

    [Fact]
    public void Acronyms_are_not_stemmed() => Assert.Equal(["ibi", "iivtnu"], Terms("IBI IIVTNU"));

    [Fact]
    public void The_exact_analysis_folds_accents_but_keeps_whole_words()
    {
        var words = SearchAnalysis.Spanish.Exact.Tokens(SearchFields.Words, "Empadronarse en Villanueva del Río").Select(t => t.Term);

        Assert.Equal(["empadronarse", "en", "villanueva", "del", "rio"], words);
    }

    [Fact]
    public void The_spelling_analysis_keeps_accents() =>
        Assert.Equal(["guardería", "año"], SearchAnalysis.Spanish.Spell.Tokens(SearchFields.Spell, "Guardería AÑO").Select(t => t.Term));

    [Fact]
    public void Folding_removes_vowel_accents_and_the_diaeresis_only() =>
        Assert.Equal("aeiouu ñÑ AEIOU", SpanishFolding.Fold("áéíóúü ñÑ ÁÉÍÓÚ"));
}
