using Portal.Testing;
using SocialSandbox;

namespace Portal.IntegrationTests.Syndication;

/// <summary>Base of the tests that run the real host as a child process (see <see cref="ChildPortal"/>): a sandbox, a database and a data folder of their own, removed afterwards.</summary>
public abstract class ChildPortalTest : IAsyncLifetime
{
    protected string AppData { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", "child-" + Guid.NewGuid().ToString("N")[..12]);

    protected SandboxServer Sandbox { get; private set; } = null!;

    protected TestDatabase Database { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Sandbox = await SandboxServer.StartAsync();
        Database = await TestDatabase.CreateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        await Sandbox.DisposeAsync();
        try
        {
            Directory.Delete(AppData, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalizing handle is not worth failing the run over.
        }

        GC.SuppressFinalize(this);
    }
}
