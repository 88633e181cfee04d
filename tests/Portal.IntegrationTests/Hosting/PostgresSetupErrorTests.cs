using Npgsql;
using Portal.Testing;

namespace Portal.IntegrationTests.Hosting;

/// <summary>
/// Portal.Web started as its own process against a PostgreSQL server that lacks the configured role or database:
/// the operator gets one line saying what to create and exit code 1, not a stack trace.
/// </summary>
public sealed class PostgresSetupErrorTests
{
    [Fact]
    public async Task A_missing_role_ends_with_one_line_naming_createuser()
    {
        var role = MissingName();

        var run = await RunAgainstAsync(server => server.Username = role);

        AssertStopsWithOneLine(run, $"sudo -u postgres createuser --pwprompt {role}");
    }

    [Fact]
    public async Task A_missing_database_ends_with_one_line_naming_createdb()
    {
        var database = MissingName();

        var run = await RunAgainstAsync(server => server.Database = database);

        AssertStopsWithOneLine(run, $"sudo -u postgres createdb --owner={run.Connection.Username} {database}");
    }

    private sealed record Run(int ExitCode, IReadOnlyList<string> Output, NpgsqlConnectionStringBuilder Connection);

    private static string MissingName() => "portal_missing_" + Guid.NewGuid().ToString("N")[..12];

    private static void AssertStopsWithOneLine(Run run, string command)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Output, l => l.Contains("sudo -u postgres", StringComparison.Ordinal));
        Assert.Contains(command, line, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output, l => l.Contains("   at ", StringComparison.Ordinal));
    }

    /// <summary>Runs the build output beside the tests on the test server's connection string, changed by <paramref name="spoil"/>.</summary>
    private static async Task<Run> RunAgainstAsync(Action<NpgsqlConnectionStringBuilder> spoil)
    {
        var server = Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(server), $"{TestDatabase.PostgresVariable} is not set: these tests need a PostgreSQL server.");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = "postgres" };
        spoil(connection);
        await using var site = PortalProcess.Start(AppContext.BaseDirectory, "Production", new Dictionary<string, string>
        {
            ["Portal:Database:Provider"] = "Postgres",
            ["Portal:Database:ConnectionString"] = connection.ConnectionString,
        });
        var exitCode = await site.WaitForExitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        return new Run(exitCode, site.Output, connection);
    }
}
