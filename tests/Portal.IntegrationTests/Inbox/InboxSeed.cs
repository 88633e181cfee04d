using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Inbox.Requests;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox;

/// <summary>
/// Fills the inbox with a year of synthetic requests and their messages in two set-based statements (one row at a
/// time would take longer than what it measures). References carry their real check letter, so their pages open.
/// </summary>
internal static class InboxSeed
{
    public const string Prefix = "BEN";
    public const int Year = 2026;

    public static string Reference(int number) => ReferenceNumbers.Format(Prefix, Year, number);

    public static Task SeedAsync(PortalHost host, int requests, int messagesPerRequest) =>
        host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            var sql = host.Database.Provider == "Postgres" ? Postgres : Sqlite;
            var seconds = 365 * 24 * 3600 / requests;

            // Every value in these statements is a number or a constant of this class: nothing comes from outside.
            var insertRequests = $"""
                INSERT INTO "InboxRequests" ("Reference", "Year", "Number", "UnitId", "State", "Channel", "Subject", "PublicToken", "PersonalData",
                    "CreatedUtc", "UpdatedUtc", "LastInboundUtc", "AwaitingStaff", "Cycle")
                SELECT '{Prefix}-{Year}-' || {sql.Padded} || '-' || substr('TRWAGMYFPDXBNJZSQVHLCKE', CAST(({Year} * 1000000 + n) % 23 AS INTEGER) + 1, 1),
                    {Year}, n, n % 8 + 1,
                    CASE n % 5 WHEN 0 THEN 'New' WHEN 1 THEN 'InProgress' WHEN 2 THEN 'WaitingForCitizen' WHEN 3 THEN 'Answered' ELSE 'Closed' END,
                    CASE n % 4 WHEN 0 THEN 'Mastodon' WHEN 1 THEN 'WhatsApp' WHEN 2 THEN 'Email' ELSE 'WebForm' END,
                    'Consulta ' || n || ' sobre el padrón', 'ben' || n, {sql.False},
                    {sql.At("n * " + seconds)}, {sql.At("n * " + seconds)}, {sql.At("n * " + seconds)}, n % 3 = 0, 1
                FROM {sql.Series(1, requests)}
                """;
            await db.Database.ExecuteSqlRawAsync(insertRequests, ct);

            var first = await db.Set<Request>().Where(r => r.Reference == Reference(1)).Select(r => r.Id).SingleAsync(ct);
            var insertMessages = $"""
                INSERT INTO "InboxMessages" ("RequestId", "Direction", "Purpose", "Channel", "AuthorName", "Text", "PersonalData", "Redacted", "Delivery", "CreatedUtc")
                SELECT {first} + n / {messagesPerRequest}, CASE WHEN n % 2 = 0 THEN 'Inbound' ELSE 'Outbound' END, 'Message', 'Email', 'Vecina',
                    'Mensaje ' || n || ': ¿qué documentos necesito para empadronarme con mi familia?', {sql.False}, {sql.False},
                    CASE WHEN n % 2 = 0 THEN 'None' ELSE 'Sent' END, {sql.At($"(n / {messagesPerRequest} + 1) * {seconds} + (n % {messagesPerRequest}) * 60")}
                FROM {sql.Series(0, requests * messagesPerRequest - 1)}
                """;
            await db.Database.ExecuteSqlRawAsync(insertMessages, ct);
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        });

    private sealed record Dialect(string Padded, string False, Func<string, string> At, Func<int, int, string> Series);

    private static readonly Dialect Sqlite = new(
        "printf('%06d', n)",
        "0",
        seconds => $"datetime('2026-01-01', '+' || ({seconds}) || ' seconds')",
        (from, to) => $"(WITH RECURSIVE s(n) AS (SELECT {from} UNION ALL SELECT n + 1 FROM s WHERE n < {to}) SELECT n FROM s) AS seq");

    private static readonly Dialect Postgres = new(
        "lpad(n::text, 6, '0')",
        "false",
        seconds => $"(timestamp '2026-01-01' + ({seconds}) * interval '1 second')",
        (from, to) => $"generate_series({from}, {to}) AS seq(n)");
}
