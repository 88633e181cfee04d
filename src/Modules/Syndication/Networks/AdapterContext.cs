using Portal.Media.Sharing;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>What an adapter needs for one call: the channel, its decrypted credentials, an HTTP client, and the message's image.</summary>
public sealed record AdapterContext(Channel Channel, ChannelCredentials Credentials, HttpClient Http, TimeProvider Clock)
{
    /// <summary>The image to attach to a new post (and to a Bluesky record rewritten by an edit); null for a text-only message.</summary>
    public AttachedImage? Image { get; init; }

    public string Url(string path) => Channel.ApiBaseUrl.TrimEnd('/') + path;
}

/// <summary>The social card to upload and its alt text.</summary>
public sealed record AttachedImage(SharedImageFile File, string Alt);
