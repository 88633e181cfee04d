using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using SocialSandbox;

namespace Portal.IntegrationTests.Replies;

/// <summary>
/// A network's listener and adapter called directly against a sandbox of their own, over real HTTP: what the poller
/// and the answer service will get from them, without the host around.
/// </summary>
public abstract class SandboxListenerTest : IAsyncLifetime
{
    private readonly HttpClient _http = new();

    protected SandboxServer Sandbox { get; private set; } = null!;

    protected abstract SocialNetwork Network { get; }

    protected abstract string Account { get; }

    protected virtual ChannelCredentials Credentials => new("sandbox-token");

    public async ValueTask InitializeAsync() => Sandbox = await SandboxServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Sandbox.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A call as the channel makes it, reading at most <paramref name="pages"/> pages.</summary>
    protected AdapterContext Context(int pages = 20)
    {
        var channel = new Channel
        {
            Id = 1,
            Network = Network,
            Name = Network + " (sandbox)",
            ApiBaseUrl = $"{Sandbox.Url}/{NetworkDefaults.SandboxPath(Network)}",
            Account = Account,
        };
        return new AdapterContext(channel, Credentials, _http, TimeProvider.System) { Lookup = new LookupWindow(DateTime.UtcNow.AddDays(-1), pages) };
    }

    protected WatchedPost Watched(string remoteId) =>
        new() { Id = 1, DeliveryId = 1, ChannelId = 1, Network = Network, RemoteId = remoteId, ItemId = "item", PostedUtc = DateTime.UtcNow };

    /// <summary>An answer as the answer service queues it.</summary>
    protected static Delivery Answer(string text, string replyTo, string root, string? replyToVersion = null, string? rootVersion = null) => new()
    {
        Kind = DeliveryKind.Reply,
        Text = text,
        IdempotencyKey = Tid.New(DateTimeOffset.UtcNow),
        CreatedUtc = DateTime.UtcNow,
        ReplyToRemoteId = replyTo,
        ReplyToVersion = replyToVersion,
        ReplyRootRemoteId = root,
        ReplyRootVersion = rootVersion,
    };
}
