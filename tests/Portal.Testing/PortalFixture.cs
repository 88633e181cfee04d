using Microsoft.Extensions.Logging;
using Xunit;

namespace Portal.Testing;

/// <summary>
/// A class fixture: one fresh site (database + App_Data) shared by the tests of one class, started on first use.
/// Tests derive from <see cref="PortalTest{TFixture}"/> so each one is checked for unexpected server warnings and errors.
/// </summary>
public class PortalFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public PortalHost Host { get; private set; } = null!;

    public LogSink Logs { get; } = new();

    public string AppDataPath { get; } = Path.Combine(Path.GetTempPath(), "portal-tests", Guid.NewGuid().ToString("N")[..12]);

    public TestDatabase Database => _database!;

    /// <summary>The setup recipe of test sites; <c>recipes/portal.recipe.json</c> is the one a real site starts from.</summary>
    public static string TestRecipe { get; } = Path.Combine(AppContext.BaseDirectory, "TestRecipes", "tests.recipe.json");

    /// <summary>Configuration for the host, applied before it starts; override to change schedules and the like.</summary>
    protected virtual void Configure(PortalHost host)
    {
        // Background tasks poll quickly in tests so that "on time" takes seconds, not minutes.
        host.With("Portal:Tasks:PollInterval", "00:00:01");

        // The default recipe's settings without its sample pages: each test creates the content it checks.
        host.With("Portal:Setup:Recipe", TestRecipe);
    }

    public virtual async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = NewHost();
    }

    /// <summary>Stops the site and starts it again on the same database and files, as a redeploy would.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = NewHost();
    }

    public virtual async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        try
        {
            Directory.Delete(AppDataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finalizing handle is not worth failing a test run over.
        }

        GC.SuppressFinalize(this);
    }

    private PortalHost NewHost()
    {
        var host = new PortalHost(Database, AppDataPath, Logs);
        Configure(host);
        return host.Start();
    }
}

/// <summary>Base of host-backed tests: fails the test when the server logged an unexpected warning or error.</summary>
public abstract class PortalTest<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : PortalFixture
{
    private readonly List<Func<LogRecord, bool>> _expected = [];
    private int _mark;

    protected TFixture Fixture { get; } = fixture;

    protected PortalHost Host => Fixture.Host;

    /// <summary>Declares a server warning or error this test provokes on purpose.</summary>
    protected void ExpectLog(Func<LogRecord, bool> match) => _expected.Add(match);

    public virtual ValueTask InitializeAsync()
    {
        _mark = Fixture.Logs.Mark;
        return ValueTask.CompletedTask;
    }

    public virtual ValueTask DisposeAsync()
    {
        var unexpected = Fixture.Logs.Unexpected(_mark, _expected).Where(r => r.Level >= LogLevel.Warning).ToList();
        GC.SuppressFinalize(this);
        if (unexpected.Count > 0)
        {
            Assert.Fail("The server logged unexpected warnings or errors:" + Environment.NewLine + string.Join(Environment.NewLine, unexpected));
        }

        return ValueTask.CompletedTask;
    }
}
