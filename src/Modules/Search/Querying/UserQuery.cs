using System.Text;

namespace Portal.Search.Querying;

/// <summary>
/// What a citizen typed, split into words, "quoted phrases" and prefixes (a word ending in *). Nothing else in the
/// input has a meaning: AND, brackets, colons and tildes are plain characters that the analyzers drop, so no input
/// can break a query.
/// </summary>
public sealed record UserQuery(IReadOnlyList<UserQueryPart> Parts)
{
    public const int MaxLength = 200;

    public const int MaxParts = 16;

    /// <summary>A prefix needs this many letters, so a lone "*" or "a*" never expands to the whole vocabulary.</summary>
    public const int MinPrefix = 3;

    public bool IsEmpty => Parts.Count == 0;

    public static UserQuery Parse(string? input)
    {
        var text = (input ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var parts = new List<UserQueryPart>();
        var quoted = text.Split('"');
        for (var i = 0; i < quoted.Length && parts.Count < MaxParts; i++)
        {
            // Odd pieces sit between quotes; an unclosed quote leaves its last piece as a phrase too.
            if (i % 2 == 1)
            {
                var phrase = Clean(quoted[i]);
                if (phrase.Length > 0)
                {
                    parts.Add(new UserQueryPart(phrase, UserQueryPartKind.Phrase));
                }

                continue;
            }

            foreach (var word in quoted[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (parts.Count == MaxParts)
                {
                    break;
                }

                var prefix = word.EndsWith('*');
                var clean = Clean(word);
                if (clean.Length == 0)
                {
                    continue;
                }

                parts.Add(prefix && clean.Length >= MinPrefix && !clean.Contains(' ', StringComparison.Ordinal)
                    ? new UserQueryPart(clean, UserQueryPartKind.Prefix)
                    : new UserQueryPart(clean, UserQueryPartKind.Word));
            }
        }

        return new UserQuery(parts);
    }

    /// <summary>Letters and digits stay; anything else becomes a space, which the tokenizer treats as a word break.</summary>
    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

public enum UserQueryPartKind
{
    Word,
    Phrase,
    Prefix,
}

public sealed record UserQueryPart(string Text, UserQueryPartKind Kind);
