using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>
/// Mastodon's <c>StatusLengthValidator</c>: graphemes of the text after every http(s) link is replaced by 23
/// characters and every <c>@user@domain</c> by <c>@user</c>. The limit is the instance's <c>max_characters</c>.
/// </summary>
public sealed class MastodonCounter : INetworkCounter
{
    public const int DefaultLimit = 500;
    public const int CharactersPerUrl = 23;

    public SocialNetwork Network => SocialNetwork.Mastodon;

    public MessageCount Count(string text, CountingOptions options) =>
        new([new TextMeasure(Graphemes.Count(Countable(text)), options.MaxCharacters ?? DefaultLimit, LengthUnit.Graphemes)]);

    internal static string Countable(string text)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var link in TextTokens.Links(text))
        {
            builder.Append(text, position, link.Start - position).Append('x', CharactersPerUrl);
            position = link.End;
        }

        builder.Append(text, position, text.Length - position);
        var withoutLinks = builder.ToString();

        builder.Clear();
        position = 0;
        foreach (var (span, counted) in TextTokens.Mentions(withoutLinks))
        {
            builder.Append(withoutLinks, position, span.Start - position).Append(counted);
            position = span.End;
        }

        return builder.Append(withoutLinks, position, withoutLinks.Length - position).ToString();
    }
}
