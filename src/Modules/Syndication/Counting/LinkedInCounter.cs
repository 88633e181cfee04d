using System.Text;

namespace Portal.Syndication.Counting;

/// <summary>
/// LinkedIn's <c>commentary</c> is "little text": the reserved characters must be escaped with a backslash,
/// and the 3,000-character limit applies to what is sent, escapes included.
/// </summary>
public sealed class LinkedInCounter : INetworkCounter
{
    public const int Limit = 3000;
    private const string Reserved = @"\|{}@[]()<>#*_~";

    public SocialNetwork Network => SocialNetwork.LinkedIn;

    public MessageCount Count(string text, CountingOptions options) =>
        new([new TextMeasure(Escape(text).Length, Limit, LengthUnit.Utf16Units)]);

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Reserved.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
