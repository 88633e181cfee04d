using System.Reflection;
using System.Reflection.Emit;
using Portal.Syndication;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;
using SocialSandbox;

namespace Portal.IntegrationTests.Replies;

/// <summary>A social sandbox of its own for tests that call a network's listener, reader and adapter directly, over real HTTP.</summary>
public abstract class ListenerSandbox : IAsyncLifetime
{
    private readonly HttpClient _http = new();

    protected SandboxServer Sandbox { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Sandbox = await SandboxServer.StartAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Sandbox.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected AdapterContext Context(SocialNetwork network, string account, int pages = 10) =>
        new(new Channel { Id = 1, Network = network, Account = account, ApiBaseUrl = $"{Sandbox.Url}/{NetworkDefaults.SandboxPath(network)}" },
            new ChannelCredentials("sandbox-token"), _http, TimeProvider.System)
        {
            Lookup = new LookupWindow(DateTime.UtcNow.AddDays(-1), pages),
        };

    protected static Delivery Answer(string replyTo, string root, string text) =>
        new() { Kind = DeliveryKind.Reply, ReplyToRemoteId = replyTo, ReplyRootRemoteId = root, Text = text };

    protected static WatchedPost Watched(SocialNetwork network, string remoteId) => new() { Network = network, RemoteId = remoteId };

    /// <summary>The request as a webhook receiver gets it: headers by lower-case name, the raw body.</summary>
    protected static WebhookRequest Received(HttpRequestMessage request, byte[] body) =>
        new(request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value)), body);

    /// <summary>Whether <paramref name="method"/>'s own IL calls a method named <paramref name="name"/> of <paramref name="type"/>.</summary>
    protected static bool Calls(MethodInfo method, Type type, string name)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray()!;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != OpCodes.Call.Value && il[i] != OpCodes.Callvirt.Value)
            {
                continue;
            }

            try
            {
                if (method.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1)) is { } called && called.DeclaringType == type && called.Name == name)
                {
                    return true;
                }
            }
            catch (ArgumentException)
            {
                // Not a method token: the byte was an operand, not a call.
            }
        }

        return false;
    }
}
