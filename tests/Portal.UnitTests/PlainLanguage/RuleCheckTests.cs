using Portal.PlainLanguage;
using Portal.PlainLanguage.Checks;
using static Portal.UnitTests.PlainLanguage.CheckerTestHelpers;

namespace Portal.UnitTests.PlainLanguage;

public sealed class RuleCheckTests
{
    private static string Sentence(int words) => string.Join(' ', Enumerable.Repeat("casa", words)) + ".";

    [Fact]
    public void Sentences_over_30_words_warn_and_over_25_hint()
    {
        var text = Sentence(31) + " " + Sentence(26) + " " + Sentence(25);

        var findings = Findings(text, FindingCodes.LongSentence);

        Assert.Equal([FindingSeverity.Warning, FindingSeverity.Hint], findings.Select(f => f.Severity));
        Assert.Equal(Sentence(31), Highlighted(text, findings[0]));
    }

    [Fact]
    public void Paragraphs_over_750_characters_warn()
    {
        var longParagraph = string.Join(' ', Enumerable.Repeat("Pide cita en la sede.", 40));
        var text = longParagraph + "\n\nUn párrafo corto.";

        var finding = Assert.Single(Findings(text, FindingCodes.LongParagraph));
        Assert.Equal(longParagraph, Highlighted(text, finding));
    }

    [Fact]
    public void Title_and_summary_length_are_checked_by_field_name()
    {
        var title = new string('a', 70);

        var finding = Assert.Single(Findings(title, FindingCodes.LongTitle, field: "title"));
        Assert.Equal((65, 5), (finding.Start, finding.Length));
        Assert.Empty(Findings(title, FindingCodes.LongTitle, field: "body"));
        Assert.Single(Findings(new string('a', 161), FindingCodes.LongSummary, field: "summary"));
        Assert.Empty(Findings(new string('a', 160), FindingCodes.LongSummary, field: "summary"));
    }

    [Fact]
    public void Usted_is_flagged_on_a_tu_site()
    {
        const string text = "Usted puede pedir cita. Tú también.";

        var finding = Assert.Single(Findings(text, FindingCodes.FormOfAddress));
        Assert.Equal("Usted", Highlighted(text, finding));
    }

    [Fact]
    public void Tu_tu_plus_noun_and_contigo_are_flagged_on_an_usted_site()
    {
        const string text = "Trae tu DNI. Lo hablamos contigo. ¿Y tú? Usted puede venir.";
        var options = new PlainLanguageOptions { FormOfAddress = FormOfAddress.Usted };

        Assert.Equal(["tu", "contigo", "tú"], Findings(text, FindingCodes.FormOfAddress, options).Select(f => Highlighted(text, f)));
    }

    [Fact]
    public void Unknown_acronyms_are_flagged_once_unless_spelled_out()
    {
        const string text = "Trae el DNI y el NIE. Pide el informe al SEPE. El SEPE lo envía. "
            + "La Agencia Estatal de Administración Tributaria (AEAT) lo revisa. Es un tema del capítulo IV.";

        var finding = Assert.Single(Findings(text, FindingCodes.UnexplainedAcronym));
        Assert.Equal("SEPE", Highlighted(text, finding));
    }

    [Fact]
    public void Allowed_acronyms_can_be_extended_and_capitalised_headings_are_not_acronyms()
    {
        var options = new PlainLanguageOptions();
        options.ExtraAcronyms.Add("SEPE");

        Assert.Empty(Findings("Pide el informe al SEPE.", FindingCodes.UnexplainedAcronym, options));
        Assert.Empty(Findings("# PIDE TU CITA HOY", FindingCodes.UnexplainedAcronym));
    }

    [Theory]
    [InlineData("Para pedirla, [pulse aquí](https://villa.es/cita).", "[pulse aquí](https://villa.es/cita)")]
    [InlineData("Para pedirla, [aquí](https://villa.es/cita).", "[aquí](https://villa.es/cita)")]
    [InlineData("Para pedirla, [Haz clic aquí](https://villa.es/cita).", "[Haz clic aquí](https://villa.es/cita)")]
    [InlineData("Hay [más información](https://villa.es/cita).", "[más información](https://villa.es/cita)")]
    public void Vague_link_text_is_flagged(string text, string highlighted)
    {
        var finding = Assert.Single(Findings(text, FindingCodes.VagueLinkText));
        Assert.Equal(highlighted, Highlighted(text, finding));
    }

    [Fact]
    public void Descriptive_link_text_is_not_flagged() =>
        Assert.Empty(Checker().CheckField("body", "Puedes [pedir cita en la sede](https://villa.es/cita).", new CheckScope()).Findings);

    [Fact]
    public void Bare_urls_are_flagged_in_text_and_as_link_text()
    {
        const string text = "Entra en https://villa.es/cita o en [www.villa.es](https://www.villa.es).";

        Assert.Equal(["https://villa.es/cita", "[www.villa.es](https://www.villa.es)"],
            Findings(text, FindingCodes.BareUrl).Select(f => Highlighted(text, f)));
    }

    [Fact]
    public void Links_to_pdf_files_are_flagged()
    {
        const string text = "Lee [las bases de la ayuda](https://villa.es/bases.PDF?v=2) y [el calendario](https://villa.es/calendario).";

        var finding = Assert.Single(Findings(text, FindingCodes.PdfLink));
        Assert.Equal("[las bases de la ayuda](https://villa.es/bases.PDF?v=2)", Highlighted(text, finding));
    }

    [Fact]
    public void Other_languages_get_only_length_and_link_checks()
    {
        var report = Checker().CheckField("body", "Usted fue informado. Més informació [aquí](https://villa.cat).", new CheckScope(Spanish: false));

        Assert.Equal([FindingCodes.VagueLinkText], report.Findings.Select(f => f.Code));
        Assert.Null(report.Readability);
    }
}
