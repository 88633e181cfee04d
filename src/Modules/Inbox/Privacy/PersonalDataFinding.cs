namespace Portal.Inbox.Privacy;

/// <summary>What kind of personal data a span of text is. Stored by name on a flagged message, never the data itself.</summary>
public enum PersonalDataKind
{
    Dni,
    Nie,
    Phone,
    Email,
    Iban,
    Address,
}

/// <summary>One piece of personal data found in a text: its kind and where it is (UTF-16 offsets).</summary>
public readonly record struct PersonalDataFinding(PersonalDataKind Kind, int Start, int Length)
{
    public int End => Start + Length;

    public bool Overlaps(PersonalDataFinding other) => Start < other.End && other.Start < End;
}
