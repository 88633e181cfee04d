using Portal.PlainLanguage.Scoring;

namespace Portal.UnitTests.PlainLanguage;

public sealed class TextSplittingTests
{
    private static string[] Sentences(string text)
    {
        var analysis = TextAnalyzer.Default.Analyze(text);
        return [.. analysis.Sentences.Select(s => text.Substring(s.Start, s.Length))];
    }

    [Fact]
    public void Sentences_end_at_full_stops_question_and_exclamation_marks_semicolons_and_colons()
    {
        Assert.Equal(
            ["Pide cita.", "¿Tienes el DNI?", "¡Tráelo!", "Es gratis;", "necesitas esto:", "el volante"],
            Sentences("Pide cita. ¿Tienes el DNI? ¡Tráelo! Es gratis; necesitas esto: el volante"));
    }

    [Fact]
    public void Abbreviations_do_not_end_a_sentence()
    {
        Assert.Equal(
            ["Ve a la c/ Mayor con la Sra. Pérez y Dña. Ana López.", "Mira la pág. 3 del núm. 12."],
            Sentences("Ve a la c/ Mayor con la Sra. Pérez y Dña. Ana López. Mira la pág. 3 del núm. 12."));
    }

    [Fact]
    public void An_ellipsis_is_one_end_and_inverted_marks_are_never_boundaries()
    {
        Assert.Equal(["Espera...", "¿Ya?", "¡Bien…", "vale!"], Sentences("Espera... ¿Ya? ¡Bien… vale!"));
        Assert.Equal(3, TextAnalyzer.Default.Analyze("Espera... ¿Ya? Vale.").Counts.Sentences);
    }

    [Fact]
    public void Every_block_boundary_ends_a_sentence()
    {
        const string text = "## Requisitos\n\nNecesitas:\n\n- Tu DNI\n- Un volante\n1. Pide cita\n\n| Plazo | Coste |\n|---|---|\n| Un mes | Gratis |\n\nUn párrafo\nque sigue en otra línea";

        Assert.Equal(
            ["Requisitos", "Necesitas:", "Tu DNI", "Un volante", "Pide cita", "Plazo", "Coste", "Un mes", "Gratis", "Un párrafo\nque sigue en otra línea"],
            Sentences(text));
    }

    [Fact]
    public void Extra_abbreviations_can_be_added()
    {
        var analyzer = new TextAnalyzer(new Abbreviations(["Ayto."]));

        Assert.Equal(1, analyzer.Analyze("El Ayto. de Villa abre hoy.").Counts.Sentences);
        Assert.Equal(2, TextAnalyzer.Default.Analyze("El Ayto. de Villa abre hoy.").Counts.Sentences);
    }

    [Fact]
    public void Words_are_letter_runs_and_hyphens_split_them()
    {
        var analysis = TextAnalyzer.Default.Analyze("Año hispano-árabe: ¿señal?");

        Assert.Equal(["Año", "hispano", "árabe", "señal"], analysis.Words.Select((_, i) => analysis.WordText(i).ToString()));
    }
}
