using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Api.Idempotency;

/// <summary>
/// The answer a request with an <c>Idempotency-Key</c> got, kept for <see cref="Lifetime"/> so that a client whose
/// answer was lost can send the same request again and get the same answer instead of a second item. A key belongs
/// to the token that used it. The row is written in the request's own transaction, so it exists exactly when the
/// work it describes was committed.
/// </summary>
public sealed class IdempotencyRecord
{
    public const string TableName = "ApiIdempotencyKeys";
    public const int KeyLength = 255;
    public const int HashLength = 64;
    public const int LocationLength = 2048;

    /// <summary>Longer than any client's retry policy, as Stripe and the IETF draft suggest.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public int TokenId { get; set; }

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the method, path and body: the same key with other data is a client's mistake.</summary>
    public string RequestHash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public int? ResponseStatus { get; set; }

    public string? ResponseLocation { get; set; }

    public string? ResponseBody { get; set; }
}

internal sealed class IdempotencyRecordModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable(IdempotencyRecord.TableName);
            e.HasKey(r => new { r.TokenId, r.Key });
            e.Property(r => r.Key).HasMaxLength(IdempotencyRecord.KeyLength);
            e.Property(r => r.RequestHash).HasMaxLength(IdempotencyRecord.HashLength);
            e.Property(r => r.ResponseLocation).HasMaxLength(IdempotencyRecord.LocationLength);
            e.HasIndex(r => r.CreatedUtc);
        });
}
