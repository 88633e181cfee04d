namespace Portal.Syndication.Messages;

/// <summary>
/// The largest image file each network takes, from its documentation: Bluesky's image blob (1,000,000 bytes),
/// X's image upload (5 MB), Facebook Page photos (4 MB), Telegram's sendPhoto (10 MB), Mastodon's default
/// instance limit (16 MB). LinkedIn limits pixels (36 million), which a 1200×630 card never reaches.
/// </summary>
public static class ImageLimits
{
    public static long MaxBytes(SocialNetwork network) => network switch
    {
        SocialNetwork.Bluesky => 1_000_000,
        SocialNetwork.X => 5 * 1024 * 1024,
        SocialNetwork.Facebook => 4 * 1024 * 1024,
        SocialNetwork.Telegram => 10 * 1024 * 1024,
        SocialNetwork.Mastodon => 16 * 1024 * 1024,
        _ => long.MaxValue,
    };
}
