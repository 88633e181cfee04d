using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Migrations;

/// <summary>Runs the modules' steps that have not run yet, in module order, one transaction per step.</summary>
public sealed class MigrationRunner(PortalDbContext db, ModuleCatalog catalog, IEnumerable<ModuleMigrations> migrations, TimeProvider time, ILogger<MigrationRunner> logger)
{
    public const string CoreModuleId = "Core";

    /// <summary>Every step in the order it runs: the framework's own first, then each module's in module order.</summary>
    public IReadOnlyList<MigrationStep> OrderedSteps()
    {
        var byModule = migrations.GroupBy(m => m.ModuleId, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(m => m.Steps).ToList(), StringComparer.OrdinalIgnoreCase);
        var unknown = byModule.Keys.Where(k => k != CoreModuleId && catalog.Modules.All(m => !string.Equals(m.Manifest.Id, k, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0)
        {
            throw new MigrationException($"Migrations are registered for module(s) the host does not list: {string.Join(", ", unknown)}.");
        }

        var ordered = byModule.GetValueOrDefault(CoreModuleId, []).Concat(
            catalog.Modules.SelectMany(m => byModule.GetValueOrDefault(m.Manifest.Id, []))).ToList();
        var duplicate = ordered.GroupBy(s => s.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MigrationException($"The migration step id '{duplicate.Key}' is used twice.");
        }

        return ordered;
    }

    /// <returns>The ids of the steps that ran.</returns>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var steps = OrderedSteps();
        await EnsureHistoryTableAsync(cancellationToken);
        var applied = (await db.AppliedMigrations.AsNoTracking().Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var ran = new List<string>();
        foreach (var step in steps.Where(s => !applied.Contains(s.Id)))
        {
            await RunStepAsync(step, cancellationToken);
            ran.Add(step.Id);
        }

        return ran;
    }

    private async Task RunStepAsync(MigrationStep step, CancellationToken cancellationToken)
    {
        var builder = new MigrationBuilder(db.Database.ProviderName);
        step.Schema(builder);
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(builder.Operations, db.Model);
        var connection = db.GetService<IRelationalConnection>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            foreach (var command in commands)
            {
                await command.ExecuteNonQueryAsync(connection, cancellationToken: cancellationToken);
            }

            await step.DataAsync(db, cancellationToken);
            db.AppliedMigrations.Add(new AppliedMigration { Id = step.Id, AppliedUtc = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            logger.LogInformation("Applied migration step {StepId}", step.Id);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw new MigrationException($"The migration step '{step.Id}' failed and was rolled back ({db.Database.ProviderName}): {ex.Message}", ex);
        }
    }

    private async Task EnsureHistoryTableAsync(CancellationToken cancellationToken)
    {
        var exists = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = {AppliedMigration.TableName}").SingleAsync(cancellationToken) > 0
            : await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {AppliedMigration.TableName}").SingleAsync(cancellationToken) > 0;
        if (exists)
        {
            return;
        }

        var builder = new MigrationBuilder(db.Database.ProviderName);
        builder.CreateTable(
            name: AppliedMigration.TableName,
            columns: t => new
            {
                Id = t.Column<string>(maxLength: 200),
                AppliedUtc = t.Column<DateTime>(),
            },
            constraints: t => t.PrimaryKey("PK_" + AppliedMigration.TableName, x => x.Id));
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(builder.Operations, db.Model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), cancellationToken);
    }
}

public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);
