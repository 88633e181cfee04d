namespace Portal.Syndication.Counting;

/// <summary>A Facebook Page post takes up to 63,206 characters (UTF-16 units).</summary>
public sealed class FacebookCounter : INetworkCounter
{
    public const int Limit = 63206;

    public SocialNetwork Network => SocialNetwork.Facebook;

    public MessageCount Count(string text, CountingOptions options) =>
        new([new TextMeasure(text.Length, Limit, LengthUnit.Utf16Units)]);
}
