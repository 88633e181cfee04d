using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

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

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
