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

    /// <summary>The kinds as staff read them on a badge: "DNI, teléfono".</summary>
    public string Names(IEnumerable<PersonalDataKind> kinds) => string.Join(", ", kinds.Select(k => S[PrivacyTexts.Kind[k]].Value));
}
