using Portal.Inbox.Privacy;

namespace Portal.UnitTests.Inbox.Privacy;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("12345678Z")]
    [InlineData("12.345.678-Z")]
    [InlineData("12 345 678 z")]
    [InlineData("12345678-Z")]
    [InlineData("1234567L")]
    public void A_dni_with_its_check_letter_is_found_whatever_the_separators_and_without_its_leading_zero(string dni)
    {
        var text = "Mi DNI es " + dni + ", gracias";

        var finding = Assert.Single(PersonalDataDetector.Find(text));

        Assert.Equal(new PersonalDataFinding(PersonalDataKind.Dni, 10, dni.Length), finding);
    }

    [Theory]
    [InlineData("Mi DNI es 12345678A")]
    [InlineData("NIE X1234567A")]
    [InlineData("IBAN ES92 2100 0418 4502 0005 1332")]
    [InlineData("Referencia VDR-2026-000123-K")]
    [InlineData("El pleno del 15.03.2026 a las diez")]
    [InlineData("Pagué 912.345.678 € por la obra")]
    [InlineData("@vecina@vecinos.example gracias")]
    [InlineData("Expediente 912345678 sin resolver")]
    [InlineData("Vivo en el 28013")]
    public void What_fails_its_check_or_is_not_a_persons_data_is_not_a_finding(string text) =>
        Assert.Empty(PersonalDataDetector.Find(text));

    [Fact]
    public void A_nie_gets_its_letter_from_the_prefix_read_as_a_digit() =>
        Assert.Equal([PersonalDataKind.Nie], PersonalDataDetector.KindsIn("NIE X-1234567-L y Z 1122334 ?"));

    [Fact]
    public void Ibans_of_any_country_are_found_spaced_or_compact()
    {
        const string text = "Cuentas: ES91 2100 0418 4502 0005 1332 y DE89370400440532013000.";

        var findings = PersonalDataDetector.Find(text);

        Assert.Equal(["ES91 2100 0418 4502 0005 1332", "DE89370400440532013000"], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal(PersonalDataKind.Iban, f.Kind));
    }

    [Fact]
    public void Several_kinds_in_one_message_are_found_in_text_order()
    {
        const string text = "Soy Ana, DNI 12345678Z, calle Mayor 12, 3º B, 28013 Madrid; móvil +34 612 345 678, ana@correo.example";

        var findings = PersonalDataDetector.Find(text);

        Assert.Equal(
            [PersonalDataKind.Dni, PersonalDataKind.Address, PersonalDataKind.Phone, PersonalDataKind.Email],
            findings.Select(f => f.Kind));
        Assert.Equal("calle Mayor 12, 3º B, 28013 Madrid", text.Substring(findings[1].Start, findings[1].Length));
    }

    [Fact]
    public void An_address_without_a_number_is_found_by_its_s_n()
    {
        const string text = "Vivo en Av. Andalucía s/n, Jaén";

        var finding = Assert.Single(PersonalDataDetector.Find(text));

        Assert.Equal("Av. Andalucía s/n", text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("La calle lleva 3 días sin luz")]
    [InlineData("la avenida tiene 4 carriles")]
    [InlineData("Las calles del centro están fatal")]
    public void A_street_word_in_a_sentence_is_not_an_address(string text) => Assert.Empty(PersonalDataDetector.Find(text));
}
