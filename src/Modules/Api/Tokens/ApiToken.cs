using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Api.Tokens;

/// <summary>
/// A personal API token: it signs requests in as <see cref="UserId"/>. Only a SHA-256 hash of the secret is kept;
/// the secret itself is shown once, when the token is created. Revoked tokens stay listed for the record.
/// </summary>
public sealed class ApiToken
{
    public const string TableName = "ApiTokens";
    public const int NameLength = 100;
    public const int PrefixLength = 12;
    public const int HashLength = 64;
    public const int UserIdLength = 450;

    public int Id { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>What the token is for, as the administrator named it ("Importación desde el gestor de expedientes").</summary>
    public string Name { get; set; } = "";

    /// <summary>The secret's first characters ("ptl_" and 8 more), so people can tell their tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string SecretHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>The administrator who created it.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTime? ExpiresUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public bool IsActive(DateTime nowUtc) => RevokedUtc is null && (ExpiresUtc is null || ExpiresUtc > nowUtc);
}

internal sealed class ApiTokenModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ApiToken>(e =>
        {
            e.ToTable(ApiToken.TableName);
            e.HasKey(t => t.Id);
            e.Property(t => t.UserId).HasMaxLength(ApiToken.UserIdLength);
            e.Property(t => t.Name).HasMaxLength(ApiToken.NameLength);
            e.Property(t => t.Prefix).HasMaxLength(ApiToken.PrefixLength);
            e.Property(t => t.SecretHash).HasMaxLength(ApiToken.HashLength);
            e.Property(t => t.CreatedBy).HasMaxLength(256);
            e.HasIndex(t => t.SecretHash).IsUnique();
            e.HasIndex(t => t.UserId);
        });
}
