using Portal.PlainLanguage.Checks;
using static Portal.UnitTests.PlainLanguage.CheckerTestHelpers;

namespace Portal.UnitTests.PlainLanguage;

public sealed class JargonTests
{
    [Theory]
    [InlineData("Debes cumplimentar el impreso.", "cumplimentar", "rellenar")]
    [InlineData("CON CARACTER PREVIO pide cita.", "CON CARACTER PREVIO", "antes")]
    [InlineData("En el supuesto de que no vengas, llama.", "En el supuesto de que", "si")]
    [InlineData("Después se procederá a pagar la tasa.", "procederá a pagar", "el verbo sin «proceder a» (proceder a pagar → pagar)")]
    [InlineData("Recoge el documento a la mayor brevedad posible.", "a la mayor brevedad posible", "lo antes posible")]
    [InlineData("Lo tramita el órgano competente.", "órgano competente", "el nombre de la oficina")]
    public void Jargon_is_found_accent_and_case_insensitively_with_its_suggestion(string text, string highlighted, string suggestion)
    {
        var finding = Assert.Single(Findings(text, FindingCodes.Jargon));

        Assert.Equal(highlighted, Highlighted(text, finding));
        Assert.Equal(suggestion, finding.Suggestion);
    }

    [Theory]
    [InlineData("Te visito en casa.")]
    [InlineData("Vamos a proceder con calma.")]
    [InlineData("Hazlo con carácter. Previo pago, entra.")]
    [InlineData("El procedimiento a seguir es corto.")]
    public void Jargon_matches_whole_words_within_one_sentence(string text) =>
        Assert.Empty(Findings(text, FindingCodes.Jargon));

    [Fact]
    public void Terms_the_law_requires_ask_for_an_explanation()
    {
        const string text = "Si no responden, hay silencio administrativo.";

        var finding = Assert.Single(Findings(text, FindingCodes.JargonToExplain));
        Assert.Equal("silencio administrativo", Highlighted(text, finding));
        Assert.Null(finding.Suggestion);
        Assert.NotNull(finding.Note);
    }

    [Fact]
    public void The_default_list_holds_the_design_notes_starter_entries() =>
        Assert.True(JargonMatcher.LoadDefaultEntries().Count >= 22);
}
