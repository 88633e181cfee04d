using Microsoft.Extensions.Localization;

namespace Portal.Inbox.Privacy;

/// <summary>
/// What every public output asks before it leaves: the acknowledgement on a public network, a public answer, the
/// public status page's answer. A text with personal data is refused, with a Spanish reason naming what was found.
/// </summary>
public sealed class PersonalDataGuard(IStringLocalizer<InboxResources> S)
{
    public static bool ContainsPersonalData(string text) => PersonalDataDetector.Find(text).Count > 0;

    public static IReadOnlyList<PersonalDataFinding> Find(string text) => PersonalDataDetector.Find(text);

    /// <summary>Null when the text may be made public; otherwise why not ("Contiene datos personales: DNI, teléfono...").</summary>
    public string? RefusalForPublic(string text)
    {
        var kinds = PersonalDataDetector.KindsIn(text);
        return kinds.Count == 0 ? null : S["Privacy_PublicRefused", Names(kinds)].Value;
    }

    /// <summary>
    /// For staff's public answers: identity documents and bank accounts are always refused, but a phone, an e-mail or
    /// an address only when it is the citizen's own (it appears in what they wrote), because an answer giving the
    /// council's 900 number or the office's street is what a good answer does.
    /// </summary>
    public string? RefusalForPublicAnswer(string text, IEnumerable<string> citizensWords)
    {
        var theirs = string.Concat(citizensWords.Select(Compact));
        var kinds = PersonalDataDetector.Find(text)
            .Where(f => f.Kind is PersonalDataKind.Dni or PersonalDataKind.Nie or PersonalDataKind.Iban || theirs.Contains(Compact(text.Substring(f.Start, f.Length)), StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Kind).Distinct().Order().ToList();
        return kinds.Count == 0 ? null : S["Privacy_PublicRefused", Names(kinds)].Value;
    }

    /// <summary>Letters and digits only, so "600 12 34 56" in the answer is found as "600123456" in the citizen's message.</summary>
    private static string Compact(string text) => new([.. text.Where(char.IsLetterOrDigit)]);

    /// <summary>The kinds as staff read them on a badge: "DNI, teléfono".</summary>
    public string Names(IEnumerable<PersonalDataKind> kinds) => string.Join(", ", kinds.Select(k => S[PrivacyTexts.Kind[k]].Value));
}
