using System.ComponentModel.DataAnnotations;

namespace Portal.Core.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Bound from <c>Portal:Database</c>. With nothing configured, Portal uses SQLite under App_Data.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Portal:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL: an Npgsql connection string. For SQLite: optional, defaults to App_Data/portal.db.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the site keeps its files (database, media, indexes). Relative paths start at the content root.</summary>
    [Required]
    public string AppDataPath { get; set; } = "App_Data";
}
