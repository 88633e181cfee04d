using Portal.PlainLanguage.Checks;
using static Portal.UnitTests.PlainLanguage.CheckerTestHelpers;

namespace Portal.UnitTests.PlainLanguage;

public sealed class GrammarCheckTests
{
    [Theory]
    [InlineData("La solicitud fue presentada ayer.", "fue presentada")]
    [InlineData("Las ayudas son concedidas en mayo.", "son concedidas")]
    [InlineData("El plazo será ampliado pronto.", "será ampliado")]
    [InlineData("El libro ha sido leído por todos.", "sido leído")]
    [InlineData("La obra fue hecha en 1990.", "fue hecha")]
    public void Passive_voice_with_ser_is_flagged(string text, string highlighted)
    {
        var finding = Assert.Single(Findings(text, FindingCodes.PassiveVoice));
        Assert.Equal(highlighted, Highlighted(text, finding));
    }

    [Theory]
    [InlineData("La solicitud se presenta en la sede.")]
    [InlineData("Se han presentado tres solicitudes.")]
    [InlineData("El certificado es válido un año.")]
    [InlineData("El servicio es adecuado y rápido.")]
    [InlineData("Presentaste la solicitud ayer.")]
    public void Reflexive_passive_adjectives_and_active_voice_are_not_flagged(string text) =>
        Assert.Empty(Findings(text, FindingCodes.PassiveVoice));

    [Fact]
    public void Two_gerunds_in_one_sentence_are_a_chain()
    {
        const string text = "Rellenando el formulario y presentándolo en la sede, terminas. Cuando quieras, ven andando.";

        var finding = Assert.Single(Findings(text, FindingCodes.GerundChain));
        Assert.Equal("Rellenando el formulario y presentándolo en la sede, terminas.", Highlighted(text, finding));
    }

    [Fact]
    public void One_gerund_per_sentence_is_not_a_chain() =>
        Assert.Empty(Findings("Rellenando el formulario terminas. Presentándolo en la sede, acabas.", FindingCodes.GerundChain));

    [Fact]
    public void Two_negatives_in_one_sentence_are_flagged()
    {
        const string text = "No es posible pedirla sin cita. Es gratis.";

        var finding = Assert.Single(Findings(text, FindingCodes.StackedNegation));
        Assert.Equal("No es posible pedirla sin cita.", Highlighted(text, finding));
        Assert.Empty(Findings("No hace falta cita. Tampoco pagas.", FindingCodes.StackedNegation));
    }

    [Fact]
    public void Nominalisation_density_over_the_threshold_is_flagged()
    {
        var dense = "La presentación de la documentación para la tramitación requiere la acreditación del cumplimiento. "
            + string.Join(' ', Enumerable.Repeat("Pide cita y ven.", 8));
        var light = "La presentación es fácil. " + string.Join(' ', Enumerable.Repeat("Pide cita y ven con tu hijo.", 8));

        var finding = Assert.Single(Findings(dense, FindingCodes.Nominalisations));
        Assert.Equal("presentación", Highlighted(dense, finding));
        Assert.Empty(Findings(light, FindingCodes.Nominalisations));
    }
}
