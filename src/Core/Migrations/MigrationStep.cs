using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;

namespace Portal.Core.Migrations;

/// <summary>
/// One explicit, provider-neutral schema or data change. The schema part is written with EF Core's
/// <see cref="MigrationBuilder"/>; the active provider turns it into SQL, so one step serves SQLite and PostgreSQL.
/// A step runs in one transaction and is recorded by its <see cref="Id"/>; never change a step once released.
/// </summary>
public abstract class MigrationStep
{
    /// <summary>Stable and unique, by convention "Module.NNNN.WhatItDoes".</summary>
    public abstract string Id { get; }

    public virtual void Schema(MigrationBuilder builder)
    {
    }

    /// <summary>Data changes that run after <see cref="Schema"/>, in the same transaction.</summary>
    public virtual Task DataAsync(PortalDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A module's ordered list of steps. Register with <c>services.AddMigrations(moduleId, ...)</c>.</summary>
public sealed record ModuleMigrations(string ModuleId, IReadOnlyList<MigrationStep> Steps);

public sealed class AppliedMigration
{
    public const string TableName = "__PortalMigrations";

    public string Id { get; set; } = "";

    public DateTime AppliedUtc { get; set; }
}
