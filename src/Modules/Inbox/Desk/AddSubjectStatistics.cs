using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Migrations;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Desk;

/// <summary>
/// Statistics on the lower-cased subject the inbox search matches words against. Without them PostgreSQL guesses
/// that a word is rare, reads every request and sorts them; knowing that a common word ("padrón") matches most
/// subjects it walks the newest-first index and stops at the first page (p99 over 500 ms to under 1 ms on 100,000
/// requests). SQLite has no such statistics and walks the index already.
/// </summary>
internal sealed class AddSubjectStatistics : MigrationStep
{
    public const string Name = "InboxRequests_Subject_Lower";

    public override string Id => "Inbox.0007.AddSubjectStatistics";

    public override void Schema(MigrationBuilder builder)
    {
        if (builder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            builder.Sql($"""CREATE STATISTICS "{Name}" ON (lower("Subject")) FROM "{Request.TableName}"; ANALYZE "{Request.TableName}";""");
        }
    }
}
