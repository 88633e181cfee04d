using System.Collections.Frozen;
using System.Globalization;

namespace Portal.Inbox.Privacy;

/// <summary>ISO 13616 account numbers: each country's length and the modulo-97 check.</summary>
public static class Iban
{
    /// <summary>The countries of the IBAN registry (SWIFT, 2025) and the length of their IBANs.</summary>
    private static readonly FrozenDictionary<string, int> Lengths =
        ("AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 DO28 EE20 EG29 "
        + "ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 "
        + "LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 "
        + "PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30")
        .Split(' ').ToFrozenDictionary(e => e[..2], e => int.Parse(e[2..], CultureInfo.InvariantCulture), StringComparer.Ordinal);

    /// <summary>The IBAN length of a country, or 0 when the country issues none.</summary>
    public static int LengthOf(string country) => Lengths.GetValueOrDefault(country.ToUpperInvariant());

    /// <summary>Whether the compact IBAN (no spaces, any case) has its country's length and passes the modulo-97 check.</summary>
    public static bool IsValid(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5 || LengthOf(iban[..2].ToString()) != iban.Length)
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            // The first four characters go to the end; letters count as 10..35.
            var c = char.ToUpperInvariant(iban[(i + 4) % iban.Length]);
            if (char.IsAsciiDigit(c))
            {
                remainder = (remainder * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
