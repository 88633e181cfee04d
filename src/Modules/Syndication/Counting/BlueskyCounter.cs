using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>Bluesky counts every character of a link (it does not shorten them): 300 graphemes and 3,000 UTF-8 bytes.</summary>
public sealed class BlueskyCounter : INetworkCounter
{
    public const int GraphemeLimit = 300;
    public const int ByteLimit = 3000;

    public SocialNetwork Network => SocialNetwork.Bluesky;

    public MessageCount Count(string text, CountingOptions options) =>
        new([
            new TextMeasure(Graphemes.Count(text), GraphemeLimit, LengthUnit.Graphemes),
            new TextMeasure(Encoding.UTF8.GetByteCount(text), ByteLimit, LengthUnit.Utf8Bytes),
        ]);
}
