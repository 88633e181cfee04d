namespace Portal.Syndication.Counting;

/// <summary>
/// Telegram: 4,096 for a message, 1,024 for a photo caption. The Bot API measures text in UTF-16 code units
/// (its entity offsets use them), which is never less than what it shows, so counting them cannot under-count.
/// </summary>
public sealed class TelegramCounter : INetworkCounter
{
    public const int MessageLimit = 4096;
    public const int CaptionLimit = 1024;

    public SocialNetwork Network => SocialNetwork.Telegram;

    public MessageCount Count(string text, CountingOptions options) =>
        new([new TextMeasure(text.Length, options.HasMedia ? CaptionLimit : MessageLimit, LengthUnit.Utf16Units)]);
}
