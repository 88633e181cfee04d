using Lucene.Net.Search;

namespace Portal.Search.Querying;

/// <summary>
/// The query made from a citizen's words: every part required (<see cref="All"/>), and any part enough
/// (<see cref="Any"/>) for when nothing has them all. <see cref="Highlight"/> says which words a snippet marks.
/// </summary>
public sealed record BuiltQuery(Query? All, Query? Any, HighlightTerms Highlight, IReadOnlyList<string> Words)
{
    public bool IsEmpty => All is null;
}

/// <summary>Stems to mark, stems to mark when within one edit (typos), and folded word prefixes.</summary>
public sealed record HighlightTerms(IReadOnlySet<string> Stems, IReadOnlySet<string> FuzzyStems, IReadOnlyList<string> Prefixes)
{
    public static HighlightTerms None { get; } = new(new HashSet<string>(), new HashSet<string>(), []);
}
