namespace Portal.PlainLanguage.Scoring;

/// <summary>Abbreviations whose full stop does not end a sentence: the embedded list plus the site's additions.</summary>
public sealed class Abbreviations
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Abbreviations(IEnumerable<string> extra)
    {
        var set = new HashSet<string>(EmbeddedData.ReadLines("abbreviations.txt"), StringComparer.OrdinalIgnoreCase);
        set.UnionWith(extra.Select(a => a.Trim()).Where(a => a.Length > 0));
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Default { get; } = new([]);

    public bool Contains(ReadOnlySpan<char> candidate) => _lookup.Contains(candidate);
}
