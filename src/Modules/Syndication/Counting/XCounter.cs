using System.Globalization;
using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>
/// twitter-text v3 (<c>config/v3.json</c>): the text is NFC-normalised; each link weighs 23 characters; an emoji
/// sequence weighs 2 whatever its code points; other code points weigh 1 in the Latin, punctuation and
/// general ranges below and 2 elsewhere (CJK). The limit is 280 weighted characters.
/// </summary>
public sealed class XCounter : INetworkCounter
{
    public const int Limit = 280;
    private const int Scale = 100;
    private const int DefaultWeight = 200;
    private const int UrlLength = 23;

    private static readonly (int From, int To)[] LightRanges = [(0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037)];

    public SocialNetwork Network => SocialNetwork.X;

    public MessageCount Count(string text, CountingOptions options) =>
        new([new TextMeasure(WeightedLength(text), options.MaxCharacters ?? Limit, LengthUnit.WeightedCharacters)]);

    public static int WeightedLength(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        var links = TextTokens.Links(normalized);
        var weight = 0;
        var index = 0;
        var nextLink = 0;
        while (index < normalized.Length)
        {
            if (nextLink < links.Count && links[nextLink].Start == index)
            {
                weight += UrlLength * Scale;
                index = links[nextLink++].End;
                continue;
            }

            var length = StringInfo.GetNextTextElementLength(normalized, index);
            if (nextLink < links.Count && index + length > links[nextLink].Start)
            {
                length = links[nextLink].Start - index;
            }

            var cluster = normalized.AsSpan(index, length);
            weight += Emoji.IsEmoji(cluster) ? DefaultWeight : CodePointWeights(cluster);
            index += length;
        }

        return weight / Scale;
    }

    private static int CodePointWeights(ReadOnlySpan<char> cluster)
    {
        var weight = 0;
        foreach (var rune in cluster.EnumerateRunes())
        {
            weight += LightRanges.Any(r => rune.Value >= r.From && rune.Value <= r.To) ? Scale : DefaultWeight;
        }

        return weight;
    }
}
