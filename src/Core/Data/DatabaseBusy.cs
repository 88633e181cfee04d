using Microsoft.Data.Sqlite;

namespace Portal.Core.Data;

/// <summary>
/// Whether an exception only says that SQLite's single writer slot was taken for longer than the command waited
/// (a large recipe import, a backup). Background work meeting it backs off and tries again at its next turn, which
/// is routine on SQLite, not an error for an operator to chase.
/// </summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}
