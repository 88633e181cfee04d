namespace Portal.Search.Synonyms;

/// <summary>The text form of the list as administrators edit it: one group per line, variants separated by commas.</summary>
public static class SynonymLines
{
    public static IReadOnlyList<string> Split(string line) =>
        [.. line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static IReadOnlyList<string> Parse(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string Format(IEnumerable<string> lines) => string.Join('\n', lines);
}
