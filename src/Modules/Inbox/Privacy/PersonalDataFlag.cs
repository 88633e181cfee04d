namespace Portal.Inbox.Privacy;

/// <summary>
/// What kinds of personal data a message carries, so staff see "DNI, teléfono" on it. Only the kinds are kept: the
/// data stays where it is, in the message, until staff redact it or retention removes it.
/// </summary>
public sealed class PersonalDataFlag
{
    public const string TableName = "InboxPersonalDataFlags";
    public const int KindsLength = 200;

    public long MessageId { get; set; }

    public long RequestId { get; set; }

    /// <summary>The kinds' names, comma-separated, in <see cref="PersonalDataKind"/> order.</summary>
    public string Kinds { get; set; } = "";

    public IReadOnlyList<PersonalDataKind> KindList() =>
        Kinds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PersonalDataKind>).ToList();

    public static string Join(IEnumerable<PersonalDataKind> kinds) => string.Join(',', kinds.Distinct().Order());
}
