using Npgsql;

namespace Portal.Testing;

/// <summary>
/// A fresh, empty database for one host: a SQLite file under the host's App_Data, or, when
/// PORTAL_TEST_POSTGRES holds a server connection string, a new PostgreSQL database dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PORTAL_TEST_POSTGRES";

    private readonly string? _serverConnectionString;

    private TestDatabase(string provider, string? connectionString, string? serverConnectionString, string? name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _serverConnectionString = serverConnectionString;
        Name = name;
    }

    public static bool UsesPostgres => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresVariable));

    /// <summary>"Sqlite" or "Postgres", as Portal:Database:Provider expects.</summary>
    public string Provider { get; }

    /// <summary>Null for SQLite: the host then uses its default file under App_Data.</summary>
    public string? ConnectionString { get; }

    public string? Name { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            return new TestDatabase("Sqlite", null, null, null);
        }

        var name = "portal_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase("Postgres", builder.ConnectionString, server, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
