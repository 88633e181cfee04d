using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using SocialSandbox.Citizens;

namespace SocialSandbox;

/// <summary>The sandbox in another program's process on a free loopback port: tests and the benchmark read what it received and inject faults directly.</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    public string Url { get; }

    public SandboxStore Store => _app.Services.GetRequiredService<SandboxStore>();

    public FaultBook Faults => _app.Services.GetRequiredService<FaultBook>();

    public TokenBook Tokens => _app.Services.GetRequiredService<TokenBook>();

    public PacingBook Pacing => _app.Services.GetRequiredService<PacingBook>();

    public CitizenBook Citizens => _app.Services.GetRequiredService<CitizenBook>();

    public WebhookSender Webhooks => _app.Services.GetRequiredService<WebhookSender>();

    /// <summary>The Telegram bot's updates, for tests that word a webhook as the sandbox does.</summary>
    public Networks.TelegramUpdates TelegramUpdates => _app.Services.GetRequiredService<Networks.TelegramUpdates>();

    public static async Task<SandboxServer> StartAsync()
    {
        var app = SandboxApp.Create(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, address.TrimEnd('/'));
    }

    /// <summary>Posts the sandbox holds on a network, not deleted.</summary>
    public IReadOnlyList<SandboxPost> Posts(string network) => [.. Store.Posts(network).Where(p => !p.Deleted)];

    /// <summary>Create requests a network answered (whatever the answer), in order.</summary>
    public IReadOnlyList<SandboxRequest> Creates(string network) => [.. Store.Requests(network).Where(r => r.Operation == "create")];

    /// <summary>A citizen does something on a network; the post made or changed (a test fails at once when the sandbox refuses).</summary>
    public async Task<SandboxPost> CitizenAsync(CitizenAction action)
    {
        var (post, problem) = await Citizens.DoAsync(action, Url, CancellationToken.None);
        return post ?? throw new InvalidOperationException(problem);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
