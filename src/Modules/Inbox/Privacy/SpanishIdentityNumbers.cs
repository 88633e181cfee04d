namespace Portal.Inbox.Privacy;

/// <summary>The check letter of the DNI and the NIE (Ministerio del Interior's modulo-23 table).</summary>
public static class SpanishIdentityNumbers
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Eight digits and a letter that agrees with them; the caller removes separators and restores a leading zero people leave out.</summary>
    public static bool IsValidDni(ReadOnlySpan<char> digits, char letter) =>
        digits.Length == 8 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && Letters[number % 23] == char.ToUpperInvariant(letter);

    /// <summary>X, Y or Z (read as 0, 1, 2), seven digits and the letter the eight digits give.</summary>
    public static bool IsValidNie(char prefix, ReadOnlySpan<char> digits, char letter)
    {
        var lead = char.ToUpperInvariant(prefix) switch
        {
            'X' => '0',
            'Y' => '1',
            'Z' => '2',
            _ => '\0',
        };
        if (lead == '\0' || digits.Length != 7)
        {
            return false;
        }

        Span<char> number = stackalloc char[8];
        number[0] = lead;
        digits.CopyTo(number[1..]);
        return IsValidDni(number, letter);
    }
}
