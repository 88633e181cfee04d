using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Migrations;
using Portal.Testing;

namespace Portal.IntegrationTests.Content;

/// <summary>The explicit migration steps and the EF model describe the same schema, on whichever database the tests run.</summary>
public sealed class SchemaTests(ContentFixture fixture) : PortalTest<ContentFixture>(fixture), IClassFixture<ContentFixture>
{
    [Fact]
    public async Task Every_table_and_column_of_the_model_exists_after_migrating_an_empty_database()
    {
        var (checkedTables, failures) = await Host.RunAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var tables = new List<string>();
            var problems = new List<string>();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                foreach (var entity in db.Model.GetEntityTypes())
                {
                    if (entity.GetTableName() is not { } table)
                    {
                        continue;
                    }

                    var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                    var columns = entity.GetProperties().Select(p => p.GetColumnName(store)).OfType<string>().Select(Quote);
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = $"SELECT {string.Join(", ", columns)} FROM {Quote(table)} WHERE 1 = 0";
                    try
                    {
                        await using var reader = await command.ExecuteReaderAsync(ct);
                        tables.Add(table);
                    }
                    catch (DbException ex)
                    {
                        problems.Add($"{entity.DisplayName()} ({table}): {ex.Message}");
                    }
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return (tables, problems);
        });

        Assert.Empty(failures);
        Assert.Superset(new HashSet<string>(["ContentItems", "FeatureStates", "SiteSettings", "TaskLeases", "__PortalMigrations", "AspNetUsers", "AspNetRoles", "TestIndex"]), checkedTables.ToHashSet());
    }

    [Fact]
    public async Task Migrating_again_runs_no_step()
    {
        var ran = await Host.RunAsync((services, ct) => services.GetRequiredService<MigrationRunner>().RunAsync(ct));

        Assert.Empty(ran);
    }

    private static string Quote(string name) => "\"" + name + "\"";
}
