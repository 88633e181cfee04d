namespace Portal.PlainLanguage.Checks;

/// <summary>
/// One entry of the jargon list (design note §6). Patterns are words matched accent- and case-insensitively on word
/// boundaries; a word may end or start with * ("proceder a *r": any word ending in r). Entries with
/// <see cref="Explain"/> are terms the law requires: the warning asks for an explanation instead of a replacement.
/// </summary>
public sealed record JargonEntry
{
    public IReadOnlyList<string> Patterns { get; init; } = [];

    public string? Suggestion { get; init; }

    public string Note { get; init; } = "";

    /// <summary>Which texts the entry applies to ("all" for now; content types later).</summary>
    public string AppliesTo { get; init; } = "all";

    public bool Explain { get; init; }
}
