using System.Text.RegularExpressions;

namespace Portal.Syndication.Counting;

/// <summary>
/// Finds the links, remote mentions and hashtags the networks treat specially. One finder serves the editor's
/// preview, the enqueue check and the adapters, so what the editor sees is what the network counts.
/// </summary>
public static partial class TextTokens
{
    private const string TrailingPunctuation = ".,;:!?'\"»”’…";

    /// <summary>Only http(s) links count as links on every network; a scheme must follow a non-word character.</summary>
    [GeneratedRegex(@"(?<![\w@$#/])https?://[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkCandidate();

    /// <summary>Mastodon's <c>Account::MENTION_RE</c>: @user or @user@domain, not inside a word or a path.</summary>
    [GeneratedRegex(@"(?<![=/\w])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@[\w.-]+\w+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"(?<![\w#&])#(\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex Hashtag();

    public static IReadOnlyList<TextSpan> Links(string text)
    {
        var spans = new List<TextSpan>();
        foreach (Match match in LinkCandidate().Matches(text))
        {
            var length = TrimmedLength(match.Value);
            if (length > match.Value.IndexOf("://", StringComparison.Ordinal) + 3)
            {
                spans.Add(new TextSpan(match.Index, length));
            }
        }

        return spans;
    }

    /// <summary>Each remote mention with the local part Mastodon counts instead of it.</summary>
    public static IReadOnlyList<(TextSpan Span, string Counted)> Mentions(string text) =>
        [.. Mention().Matches(text).Select(m => (new TextSpan(m.Index, m.Length), "@" + m.Groups[1].Value))];

    /// <summary>Each hashtag with its tag (without the #).</summary>
    public static IReadOnlyList<(TextSpan Span, string Tag)> Hashtags(string text) =>
        [.. Hashtag().Matches(text).Where(m => !m.Groups[1].Value.All(char.IsDigit))
            .Select(m => (new TextSpan(m.Index, m.Length), m.Groups[1].Value))];

    /// <summary>Sentence punctuation after a link is not part of it; a closing parenthesis is, when the link opened one.</summary>
    private static int TrimmedLength(string candidate)
    {
        var length = candidate.Length;
        while (length > 0)
        {
            var last = candidate[length - 1];
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal))
            {
                length--;
            }
            else if (last == ')' && Count(candidate.AsSpan(0, length), ')') > Count(candidate.AsSpan(0, length), '('))
            {
                length--;
            }
            else
            {
                break;
            }
        }

        return length;
    }

    private static int Count(ReadOnlySpan<char> text, char c)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                n++;
            }
        }

        return n;
    }
}
