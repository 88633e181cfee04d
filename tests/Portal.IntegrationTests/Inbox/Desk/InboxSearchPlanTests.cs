using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Testing;

namespace Portal.IntegrationTests.Inbox.Desk;

/// <summary>
/// On PostgreSQL, a word most subjects contain is searched by walking the newest-first index down to the first page,
/// not by reading and sorting every request: the statistics on the lower-cased subject tell the planner it is common.
/// </summary>
public sealed class InboxSearchPlanTests(InboxFixture fixture) : PortalTest<InboxFixture>(fixture), IClassFixture<InboxFixture>
{
    [Fact]
    public async Task A_common_word_walks_the_newest_first_index_on_PostgreSQL()
    {
        Assert.SkipWhen(Fixture.Database.Provider != "Postgres", "Planner statistics are PostgreSQL's.");
        await InboxSeed.SeedAsync(Host, 5000, 1);

        var plan = await Host.RunAsync(async (services, ct) =>
        {
            var connection = services.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                EXPLAIN SELECT * FROM "InboxRequests" r WHERE lower(r."Subject") LIKE '%padrón%' ESCAPE '\'
                ORDER BY r."UpdatedUtc" DESC, r."Id" DESC LIMIT 51
                """;
            await using var reader = await command.ExecuteReaderAsync(ct);
            var lines = new List<string>();
            while (await reader.ReadAsync(ct))
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        });

        Assert.Contains("Index Scan Backward", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan", plan, StringComparison.Ordinal);
    }
}
