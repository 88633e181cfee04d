using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Inbox.Requests;

/// <summary>
/// A reference reads <c>VDR-2026-000123-K</c>: the organisation's prefix, the year, the year's gapless number and a
/// check letter, computed as the DNI's (the number of year and sequence modulo 23), so a mistyped digit or two
/// swapped neighbours are caught when staff type a reference read out on the phone.
/// </summary>
public static partial class ReferenceNumbers
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    public static string Format(string prefix, int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year:D4}-{number:D6}-{CheckLetter(year, number)}");

    public static char CheckLetter(int year, int number) => Letters[(int)(((long)year * 1_000_000 + number) % 23)];

    /// <summary>Reads what a person typed (any case, spaces or dots as separators); true only when the check letter agrees.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? reference)
    {
        reference = null;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true })
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        if (char.ToUpperInvariant(match.Groups["check"].Value[0]) != CheckLetter(year, number))
        {
            return false;
        }

        reference = Format(match.Groups["prefix"].Value.ToUpperInvariant(), year, number);
        return true;
    }

    [GeneratedRegex(@"^(?<prefix>[A-Za-z]{1,6})[\s\-./]*(?<year>\d{4})[\s\-./]*(?<number>\d{1,9})[\s\-./]*(?<check>[A-Za-z])$")]
    private static partial Regex Pattern();
}
