using Portal.Syndication.Channels;

namespace Portal.Syndication.Networks;

/// <summary>What an adapter needs for one call: the channel, its decrypted credentials, an HTTP client.</summary>
public sealed record AdapterContext(Channel Channel, ChannelCredentials Credentials, HttpClient Http, TimeProvider Clock)
{
    public string Url(string path) => Channel.ApiBaseUrl.TrimEnd('/') + path;
}
