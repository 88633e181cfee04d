using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Portal.Inbox.Privacy;

/// <summary>
/// Finds personal data in what citizens write in Spanish: DNI and NIE with a valid check letter, phone numbers
/// (libphonenumber, Spain by default), e-mail addresses, IBANs that pass their checksum, and postal addresses (a
/// street type, a name, a number, and what may follow: floor, door, postal code and town). A number that fails its
/// check is not a finding: it is more likely a date, an amount or a case number than someone's data, and flagging
/// it would bury staff in false alarms. Our own references and case numbers are never read as data.
/// </summary>
public static partial class PersonalDataDetector
{
    private const char Mask = '_';

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>Words that, inside what follows a street type, show a sentence rather than a street's name.</summary>
    private static readonly FrozenSet<string> NotStreetNames = FrozenSet.ToFrozenSet(
    [
        "a", "al", "con", "sin", "para", "por", "que", "en", "es", "son", "está", "esta", "están", "estan", "tiene", "tienen",
        "hay", "lleva", "llevan", "desde", "hace", "hasta", "sigue", "siguen", "ha", "han", "se", "no", "muy", "más", "mas",
        "ya", "lo", "le", "les", "un", "una", "unos", "unas", "cada", "entre", "sobre", "tras", "cuando", "donde", "como",
        "pero", "porque", "todo", "todos", "todas", "mi", "su", "sus", "mis", "nuestra", "nuestro", "esa", "ese", "este",
        "otra", "otro", "hoy", "ayer", "solo", "sólo", "casi", "menos", "unas", "pasa", "pasan", "llega", "falta", "faltan",
        "fue", "era", "el", "empieza", "empiezan", "acaba", "acaban", "abre", "abren", "cierran", "sale", "salen", "son", "eran", "estaba", "desde", "tenía", "quedan", "queda", "mide", "cierra", "cortada", "cortado",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds every piece of personal data, in text order, without overlaps.</summary>
    public static IReadOnlyList<PersonalDataFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = MaskOwnNumbers(text);
        var found = new List<PersonalDataFinding>();

        // Strongest evidence first: a checksum or an @ says more than a street word, so later kinds give way.
        AddIbans(masked, found);
        AddMatches(found, EmailPattern().Matches(masked), PersonalDataKind.Email, _ => true);
        AddMatches(found, NiePattern().Matches(masked), PersonalDataKind.Nie,
            m => SpanishIdentityNumbers.IsValidNie(m.Groups["prefix"].Value[0], Digits(m.Groups["digits"].Value), m.Groups["letter"].Value[0]));
        AddMatches(found, DniPattern().Matches(masked), PersonalDataKind.Dni,
            m => SpanishIdentityNumbers.IsValidDni(Digits(m.Groups["digits"].Value).PadLeft(8, '0'), m.Groups["letter"].Value[0]));
        AddMatches(found, AddressPattern().Matches(masked), PersonalDataKind.Address, IsStreet);
        AddPhones(masked, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The kinds found, each once, in a stable order (for the badges staff see).</summary>
    public static IReadOnlyList<PersonalDataKind> KindsIn(string text) => Find(text).Select(f => f.Kind).Distinct().Order().ToList();

    private static void AddMatches(List<PersonalDataFinding> found, MatchCollection matches, PersonalDataKind kind, Func<Match, bool> accept)
    {
        foreach (Match match in matches)
        {
            if (accept(match))
            {
                Add(found, new PersonalDataFinding(kind, match.Index, match.Length));
            }
        }
    }

    private static void Add(List<PersonalDataFinding> found, PersonalDataFinding finding)
    {
        if (!found.Exists(f => f.Overlaps(finding)))
        {
            found.Add(finding);
        }
    }

    private static void AddIbans(string text, List<PersonalDataFinding> found)
    {
        foreach (Match start in IbanStartPattern().Matches(text))
        {
            var length = Iban.LengthOf(start.Groups["country"].Value);
            if (length == 0)
            {
                continue;
            }

            // Citizens group the digits in fours (or not at all): read on, one separator at a time, to the country's length.
            var compact = new StringBuilder(start.Value, length);
            var i = start.Index + start.Length;
            while (compact.Length < length && i < text.Length)
            {
                if (char.IsAsciiLetterOrDigit(text[i]))
                {
                    compact.Append(text[i++]);
                }
                else if (text[i] is ' ' or '-' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (compact.Length == length && (i == text.Length || !char.IsLetterOrDigit(text[i])) && Iban.IsValid(compact.ToString()))
            {
                Add(found, new PersonalDataFinding(PersonalDataKind.Iban, start.Index, i - start.Index));
            }
        }
    }

    private static void AddPhones(string text, List<PersonalDataFinding> found)
    {
        foreach (var match in Phones.FindNumbers(text, "ES", PhoneNumberUtil.Leniency.VALID, long.MaxValue))
        {
            var after = text.AsSpan(match.Start + match.Length);
            if (!MoneyAfterPattern().IsMatch(after) && !MoneyBeforePattern().IsMatch(text.AsSpan(0, match.Start)))
            {
                Add(found, new PersonalDataFinding(PersonalDataKind.Phone, match.Start, match.Length));
            }
        }
    }

    private static bool IsStreet(Match match) =>
        !match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(NotStreetNames.Contains);

    /// <summary>
    /// Our own references (<c>VDR-2026-000123-K</c>) and the numbers citizens quote for a case, an invoice or a
    /// receipt are masked, offsets kept, so no pattern reads data in them.
    /// </summary>
    private static string MaskOwnNumbers(string text)
    {
        var masked = text;
        foreach (var pattern in new[] { ReferencePattern(), CaseNumberPattern() })
        {
            masked = pattern.Replace(masked, m => m.Groups["number"].Success
                ? m.Value[..(m.Groups["number"].Index - m.Index)] + new string(Mask, m.Groups["number"].Length)
                : new string(Mask, m.Length));
        }

        return masked;
    }

    private static string Digits(string value) => string.Concat(value.Where(char.IsAsciiDigit));

    [GeneratedRegex(@"(?<![\p{L}\p{N}])[A-Za-z]{1,6}-\d{4}-\d{6}-[A-Za-z](?![\p{L}\p{N}])")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"\b(?:expediente|expte\.?|exp\.|factura|recibo|pedido|matr[ií]cula|ref\.|referencia(?:\s+catastral)?|registro(?:\s+de\s+entrada)?|solicitud)\s*(?:n[ºo°]\.?|n[úu]m(?:ero|\.)?)?\s*[:#]?\s*(?<number>[A-Za-z]{0,4}[\-/]?\d[\dA-Za-z/\-.]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CaseNumberPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}][\-/]?)(?<digits>\d{7,8}|\d{1,2}([ .])\d{3}\1\d{3}|\d{4} \d{4})\s?-?\s?(?<letter>[A-Za-z])(?![\p{L}\p{N}])")]
    private static partial Regex DniPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}][\-/]?)(?<prefix>[XYZxyz])[ .\-]?(?<digits>\d{7}|\d{3}[ .]\d{4}|\d[ .]\d{3}[ .]\d{3})[ .\-]?(?<letter>[A-Za-z])(?![\p{L}\p{N}])")]
    private static partial Regex NiePattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<country>[A-Za-z]{2})\d{2}")]
    private static partial Regex IbanStartPattern();

    [GeneratedRegex(@"^\s*(?:€|euros?\b|eur\b|EUR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAfterPattern();

    [GeneratedRegex(@"(?:€|\$)\s*$")]
    private static partial Regex MoneyBeforePattern();

    /// <summary>
    /// A street type, a name of up to six words, a number (or "s/n"); then, optionally, floor and door, and a postal code
    /// (01000–52999) with its town. A number followed by a unit (días, euros, metros...) is a sentence, not a street.
    /// </summary>
    [GeneratedRegex("""
        (?<![\p{L}\p{N}])
        (?:(?:calle|avenida|avda|plaza|pza|plazuela|paseo|pº|camino|carretera|ctra|ronda|traves[ií]a|glorieta|pasaje|bulevar|
              rambla|callej[oó]n|urbanizaci[oó]n|cuesta|costanilla)\s+
         |(?:c/|c\.|cl\.|avda\.|av\.|pza\.|pl\.|p[º°o]\.|cno\.|ctra\.|rda\.|trva\.|urb\.)\s*)
        (?<name>(?:\p{L}[\p{L}'’.\-]*)(?:\s+\p{L}[\p{L}'’.\-]*){0,5}?)
        \s*,?\s*(?:n[º°o]\.?\s*|n[úu]m(?:ero|\.)?\s*)?
        (?<number>\d{1,4}(?!\d)(?:(?-i:\s?[A-Z]|[a-z])(?![\p{L}\p{N}]))?|s/n\b)
        (?!\s*(?:d[ií]as?|horas?|años?|a[ñn]os|meses|mes|semanas?|minutos?|euros?|€|%|veces|metros|m|km|kil[oó]metros|personas|coches|farolas|contenedores|[:.,]\d)(?![\p{L}]))
        (?:\s*,?\s*(?:(?:piso|planta)\s*\d{1,2}\s*[ºª°]?|puerta\s*[\p{L}\p{N}]{1,3}|esc(?:alera|\.)?\s*[\p{L}\p{N}]{1,2}|bajo|[1-9]\d?\s*[ºª°]?\s*(?:izquierda|izq(?:da)?\.?|derecha|dcha\.?)|[1-9]\d?\s*[ºª°]\s*[A-Za-z]?(?![\p{L}\p{N}])))*
        (?:\s*,?\s*(?:C\.?P\.?\s*)?(?:0[1-9]|[1-4]\d|5[0-2])\d{3}(?!\d)(?-i:\s*,?\s*\p{Lu}[\p{L}\-]+(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}\-]+){0,3})?)?
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AddressPattern();
}
