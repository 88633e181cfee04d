using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Inbox.Requests;

/// <summary>
/// Gives the next number of a prefix and year inside the caller's transaction, with one upsert that both SQLite and
/// PostgreSQL run atomically. The counter row stays locked until the transaction ends (PostgreSQL's row lock,
/// SQLite's write lock), so concurrent requests on any node queue for it: none shares a number, and a rolled-back
/// request gives its number back, so none is skipped.
/// </summary>
public static class ReferenceAllocator
{
    public static async Task<int> NextAsync(PortalDbContext db, string prefix, int year, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A reference number is only taken inside the transaction that stores its request.");
        }

        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "InboxReferenceCounters" ("Prefix", "Year", "Last") VALUES ({prefix}, {year}, 1)
            ON CONFLICT ("Prefix", "Year") DO UPDATE SET "Last" = "InboxReferenceCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
