using Portal.PlainLanguage.Scoring;

namespace Portal.UnitTests.PlainLanguage;

public sealed class ReadabilityTests
{
    // The design note's worked examples (§4).
    [Theory]
    [InlineData("El padrón es gratuito.", 4, 7, 1, 18, 97.76, 93.81, 50.15, "Band_Inflesz_VeryEasy")]
    [InlineData("Rellena el formulario. Después, preséntalo en la sede electrónica.", 9, 23, 2, 55, 48.92, 43.12, 34.35, "Band_Inflesz_SomewhatDifficult")]
    public void Worked_examples_match_the_design_note(string text, int w, int s, int f, int l, double fernandezHuerta, double szigriszt, double polini, string band)
    {
        var counts = TextAnalyzer.Default.Analyze(text).Counts;
        var readability = Readability.From(counts)!;

        Assert.Equal((w, s, f, l), (counts.Words, counts.Syllables, counts.Sentences, counts.Letters));
        Assert.Equal(fernandezHuerta, Math.Round(readability.FernandezHuerta, 2));
        Assert.Equal(szigriszt, Math.Round(readability.SzigrisztPazos, 2));
        Assert.Equal(szigriszt, Math.Round(readability.Inflesz, 2));
        Assert.Equal(polini, Math.Round(readability.GutierrezDePolini, 2));
        Assert.Equal(band, ReadabilityBands.Inflesz(readability.Inflesz));
    }

    [Fact]
    public void Crawford_and_mu_follow_their_formulas()
    {
        // Words of 2, 6, 2 and 8 letters: mean 4.5, population variance 6.75.
        var readability = Readability.From(TextAnalyzer.Default.Analyze("El padrón es gratuito.").Counts)!;

        Assert.Equal(Math.Round((-0.205 * 25) + (0.049 * 175) - 3.407, 4), Math.Round(readability.Crawford, 4));
        Assert.Equal(Math.Round(4.0 / 3 * (4.5 / 6.75) * 100, 4), Math.Round(readability.Mu!.Value, 4));
    }

    [Fact]
    public void Page_scores_come_from_pooled_counts_not_averaged_scores()
    {
        var a = TextAnalyzer.Default.Analyze("El padrón es gratuito.").Counts;
        var b = TextAnalyzer.Default.Analyze("Rellena el formulario. Después, preséntalo en la sede electrónica.").Counts;

        var pooled = Readability.From(a + b)!;

        Assert.Equal(Math.Round(206.84 - (60.0 * 30 / 13) - (1.02 * 13 / 3), 6), Math.Round(pooled.FernandezHuerta, 6));
    }

    [Theory]
    [InlineData(-12.0, "Band_Inflesz_VeryDifficult")]
    [InlineData(54.9, "Band_Inflesz_SomewhatDifficult")]
    [InlineData(55.0, "Band_Inflesz_Normal")]
    [InlineData(80.0, "Band_Inflesz_FairlyEasy")]
    [InlineData(120.0, "Band_Inflesz_VeryEasy")]
    public void Inflesz_bands(double value, string band) => Assert.Equal(band, ReadabilityBands.Inflesz(value));

    [Fact]
    public void Raw_values_are_kept_and_presentation_clamps()
    {
        var readability = Readability.From(new TextCounts(1, 9, 1, 20, 400))!;

        Assert.True(readability.FernandezHuerta < 0);
        Assert.Equal(0, Readability.Clamp(readability.FernandezHuerta));
        Assert.Equal("Band_FernandezHuerta_VeryDifficult", ReadabilityBands.FernandezHuerta(readability.FernandezHuerta));
        Assert.Null(readability.Mu);
    }
}
