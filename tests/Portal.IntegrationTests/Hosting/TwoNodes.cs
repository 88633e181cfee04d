using System.Net;
using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// Two Portal.Web processes on one PostgreSQL database, each with its own App_Data, sharing a media folder and the
/// media signing key, as the README's "Several nodes" set-up says. A runs no dispatcher, so every delivery is
/// claimed by B; the site's channels point at a social sandbox.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public const string SkipReason = "Several nodes need PostgreSQL (set " + TestDatabase.PostgresVariable + "); SQLite sites run on one node.";

    private readonly string _media = Path.Combine(Path.GetTempPath(), "portal-tests", "media-" + Guid.NewGuid().ToString("N")[..12]);
    private TestDatabase? _database;

    public PortalProcess A { get; private set; } = null!;

    public PortalProcess B { get; private set; } = null!;

    public SandboxServer Sandbox { get; private set; } = null!;

    public TestDatabase Database => _database!;

    public async ValueTask InitializeAsync()
    {
        if (!TestDatabase.UsesPostgres)
        {
            return;
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        _database = await TestDatabase.CreateAsync();
        Sandbox = await SandboxServer.StartAsync();
        using var client = new HttpClient();
        // A first: it migrates, runs the setup recipe and makes the key ring; B then starts on a ready database.
        A = PortalProcess.Start(AppContext.BaseDirectory, "Production", Settings(dispatcher: false));
        await A.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
        B = PortalProcess.Start(AppContext.BaseDirectory, "Production", Settings(dispatcher: true));
        await B.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(3), cancellationToken);
    }

    /// <summary>A client that keeps cookies; clients made with the same <paramref name="cookies"/> share a sign-in, as one browser does.</summary>
    public static HttpClient Browser(PortalProcess node, CookieContainer cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }, disposeHandler: true) { BaseAddress = node.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        await B.DisposeAsync();
        await A.DisposeAsync();
        await Sandbox.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_media))
        {
            Directory.Delete(_media, recursive: true);
        }
    }

    private Dictionary<string, string> Settings(bool dispatcher) => new()
    {
        ["Portal:Database:Provider"] = Database.Provider,
        ["Portal:Database:ConnectionString"] = Database.ConnectionString!,
        ["Portal:Admin:UserName"] = PortalHost.AdminUserName,
        ["Portal:Admin:Email"] = PortalHost.AdminEmail,
        ["Portal:Admin:Password"] = PortalHost.AdminPassword,
        ["Portal:Setup:Recipe"] = PortalFixture.TestRecipe,
        ["Portal:Site:BaseUrl"] = PortalHost.PublicBaseUrl,
        ["Portal:Tasks:PollInterval"] = "00:00:01",
        ["Portal:Media:Root"] = _media,
        ["Portal:Media:SigningKey"] = "clave-de-firma-compartida-por-los-nodos",
        ["Portal:Syndication:SandboxUrl"] = Sandbox.Url,
        ["Portal:Syndication:DispatcherEnabled"] = dispatcher ? "true" : "false",
        // Longer than any test waits: B sends what A queued because A's publication wakes it, not because it polled.
        ["Portal:Syndication:PollInterval"] = "00:05:00",
    };
}

/// <summary>
/// The two-node tests measure how fast a change spreads from one node to the other, so they run alone, after the
/// other classes, whose hosts would otherwise take the machine's processors from the two nodes.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodesCollection
{
    public const string Name = "Two nodes";
}
