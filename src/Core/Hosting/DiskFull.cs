using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Core.Hosting;

/// <summary>Recognises "no space left" from the file system, SQLite and PostgreSQL, wherever it is wrapped.</summary>
public static class DiskFull
{
    // ENOSPC on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.
    private static readonly int[] IoResults = [28, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    private const int SqliteFull = 13;
    private const string PostgresDiskFull = "53100";

    public static bool Caused(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            var full = e switch
            {
                SqliteException sqlite => sqlite.SqliteErrorCode == SqliteFull,
                PostgresException postgres => postgres.SqlState == PostgresDiskFull,
                IOException io => IoResults.Contains(io.HResult),
                _ => false,
            };
            if (full)
            {
                return true;
            }
        }

        return false;
    }
}
