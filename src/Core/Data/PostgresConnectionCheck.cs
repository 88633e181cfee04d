using Npgsql;

namespace Portal.Core.Data;

/// <summary>
/// Opens one connection to the configured PostgreSQL database before anything else touches it, so a missing
/// role or database, a wrong password or a server that is down ends in one sentence that says what to do,
/// not in a stack trace from the middle of the migrations.
/// </summary>
public static class PostgresConnectionCheck
{
    // Where PostgreSQL reports an unknown role (miscinit.c); pg_hba.conf refusals share its SqlState 28000.
    private const string UnknownRoleRoutine = "InitializeSessionUserId";

    /// <summary>What the operator must fix, or null when the database answers.</summary>
    public static async Task<string?> FindProblemAsync(string connectionString, CancellationToken cancellationToken)
    {
        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            return $"Portal:Database:ConnectionString is not a valid PostgreSQL connection string ({e.Message}).";
        }

        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            return null;
        }
        catch (PostgresException e)
        {
            return Describe(e, target.Username ?? Environment.UserName, target.Database ?? target.Username ?? Environment.UserName);
        }
        catch (NpgsqlException e)
        {
            return $"Cannot reach PostgreSQL at {target.Host}:{target.Port} ({e.InnerException?.Message ?? e.Message}): "
                + "start the server, or fix Host and Port in Portal:Database:ConnectionString.";
        }
    }

    private static string Describe(PostgresException e, string user, string database) => e.SqlState switch
    {
        PostgresErrorCodes.InvalidAuthorizationSpecification when e.Routine == UnknownRoleRoutine =>
            $"PostgreSQL has no role \"{user}\". Create it as the postgres user: sudo -u postgres createuser --pwprompt {user}"
            + $" (and, if the database \"{database}\" does not exist either: sudo -u postgres createdb --owner={user} {database}).",
        PostgresErrorCodes.InvalidCatalogName =>
            $"PostgreSQL has no database \"{database}\". Create it as the postgres user: sudo -u postgres createdb --owner={user} {database}",
        PostgresErrorCodes.InvalidPassword =>
            $"PostgreSQL refused the password of role \"{user}\": fix Password in Portal:Database:ConnectionString, or, if the role "
            + $"does not exist yet, create it as the postgres user: sudo -u postgres createuser --pwprompt {user}",
        PostgresErrorCodes.InvalidAuthorizationSpecification =>
            $"PostgreSQL refused role \"{user}\" on database \"{database}\" ({e.MessageText}): allow it in the server's pg_hba.conf.",
        _ => $"PostgreSQL refused the connection to database \"{database}\" as role \"{user}\": {e.SqlState} {e.MessageText}",
    };
}
