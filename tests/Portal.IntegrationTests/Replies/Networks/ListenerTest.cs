using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using SocialSandbox;

namespace Portal.IntegrationTests.Replies.Networks;

/// <summary>A network's listener and adapter against a sandbox of their own, over real HTTP, without a portal around them.</summary>
public abstract class ListenerTest(SocialNetwork network, string account) : IAsyncLifetime
{
    private readonly HttpClient _http = new();

    protected SandboxServer Sandbox { get; private set; } = null!;

    protected abstract INetworkListener Listener { get; }

    protected abstract INetworkAdapter Adapter { get; }

    protected string NetworkName { get; } = network.ToString().ToLowerInvariant();

    public async ValueTask InitializeAsync() => Sandbox = await SandboxServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Sandbox.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected AdapterContext Context(int pages = 10) =>
        new(new Channel { Network = network, ApiBaseUrl = $"{Sandbox.Url}/{NetworkName}", Account = account }, new ChannelCredentials("sandbox-token"), _http, TimeProvider.System)
        {
            Lookup = new LookupWindow(DateTime.MinValue, pages),
        };

    /// <summary>Publishes one of our posts through the adapter; the post to watch.</summary>
    protected async Task<WatchedPost> PublishAsync(string text)
    {
        var sent = await Adapter.PostAsync(Context(), new Delivery { Text = text }, TestContext.Current.CancellationToken);
        Assert.True(sent.Succeeded, sent.Message);
        return new WatchedPost { Network = network, RemoteId = sent.RemoteId!, PostedUtc = DateTime.UtcNow };
    }

    /// <summary>Answers <paramref name="parentRemoteId"/> under <paramref name="post"/> through the adapter, as the portal's answer delivery does.</summary>
    protected async Task<SendOutcome> AnswerAsync(WatchedPost post, string parentRemoteId, string text)
    {
        var delivery = new Delivery { Kind = DeliveryKind.Reply, Text = text, ReplyToRemoteId = parentRemoteId, ReplyRootRemoteId = post.RemoteId };
        var sent = await Adapter.PostAsync(Context(), delivery, TestContext.Current.CancellationToken);
        Assert.True(sent.Succeeded, sent.Message);
        return sent;
    }

    protected Task<ReactionRead> ReadAsync(WatchedPost post, int pages = 10) =>
        Listener.ReadThreadAsync(Context(pages), post, TestContext.Current.CancellationToken);

    protected Task<SandboxPost> CitizenAsync(string action, string? postId, string? text = null, string author = "vecina") =>
        Sandbox.CitizenAsync(new SocialSandbox.Citizens.CitizenAction(NetworkName, action, postId, text, author, AuthorName: "Vecina de Prueba", Bio: "Vivo en el barrio"));

    /// <summary>Many citizen replies straight into the store, as if written while nobody read.</summary>
    protected void AddReplies(string parentId, string rootId, int count)
    {
        for (var n = 0; n < count; n++)
        {
            Sandbox.Store.AddCitizenPost(NetworkName, id => new SandboxPost(NetworkName, id, "vecino" + n, $"Respuesta {n}", $"{Sandbox.Url}/{id}", DateTime.UtcNow, null)
            {
                Kind = "reply",
                ParentId = parentId,
                RootId = rootId,
            });
        }
    }

    protected int Reads => Sandbox.Store.Requests(NetworkName).Count(r => r.Operation == "read");
}
