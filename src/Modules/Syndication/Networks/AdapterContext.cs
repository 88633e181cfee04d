using Portal.Media.Sharing;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>What an adapter needs for one call: the channel, its decrypted credentials, an HTTP client, and the message's image.</summary>
public sealed record AdapterContext(Channel Channel, ChannelCredentials Credentials, HttpClient Http, TimeProvider Clock)
{
    /// <summary>The image to attach to a new post (and to a Bluesky record rewritten by an edit); null for a text-only message.</summary>
    public AttachedImage? Image { get; init; }

    /// <summary>For a lookup (<see cref="INetworkAdapter.FindAsync"/>): how far back and how many pages to read.</summary>
    public LookupWindow Lookup { get; init; } = LookupWindow.Unbounded;

    public string Url(string path) => Channel.ApiBaseUrl.TrimEnd('/') + path;
}

/// <summary>A lookup reads the posts from <paramref name="SinceUtc"/> on, at most <paramref name="Pages"/> pages of them.</summary>
public sealed record LookupWindow(DateTime SinceUtc, int Pages)
{
    /// <summary>Everything the network lists, one page: for a lookup that no delivery bounds.</summary>
    public static LookupWindow Unbounded { get; } = new(DateTime.MinValue, 1);
}

/// <summary>The social card to upload and its alt text.</summary>
public sealed record AttachedImage(SharedImageFile File, string Alt);
