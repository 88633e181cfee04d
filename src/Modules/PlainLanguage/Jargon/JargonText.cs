using Portal.PlainLanguage.Checks;

namespace Portal.PlainLanguage.Jargon;

/// <summary>
/// The list as administrators type it, one entry a line: "patrón | otro patrón = alternativa # nota"; a line that
/// starts with "!" is a term the law requires, to explain rather than replace.
/// </summary>
public static class JargonText
{
    public static string Format(IEnumerable<JargonEntry> entries) =>
        string.Join('\n', entries.Select(e =>
            (e.Explain ? "! " : "") + string.Join(" | ", e.Patterns)
            + (string.IsNullOrWhiteSpace(e.Suggestion) ? "" : " = " + e.Suggestion)
            + (e.Note.Length == 0 ? "" : " # " + e.Note)));

    /// <summary>The entries, or the 1-based numbers of the lines that name no pattern.</summary>
    public static (List<JargonEntry> Entries, List<int> BadLines) Parse(string text)
    {
        var entries = new List<JargonEntry>();
        var bad = new List<int>();
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var explain = line.StartsWith('!');
            line = line.TrimStart('!').Trim();
            var (rest, note) = Cut(line, '#');
            var (patterns, suggestion) = Cut(rest, '=');
            var list = patterns.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (list.Length == 0)
            {
                bad.Add(n + 1);
                continue;
            }

            entries.Add(new JargonEntry
            {
                Patterns = list,
                Suggestion = suggestion.Length == 0 ? null : suggestion,
                Note = note,
                Explain = explain,
            });
        }

        return (entries, bad);
    }

    private static (string Before, string After) Cut(string text, char separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? (text.Trim(), "") : (text[..at].Trim(), text[(at + 1)..].Trim());
    }
}
