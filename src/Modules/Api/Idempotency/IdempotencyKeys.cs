using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;

namespace Portal.Api.Idempotency;

/// <summary>
/// Reserves, completes and releases idempotency keys inside the request's unit of work. The reservation is the first
/// write of the transaction, so a second request with the same key waits for the first to commit (SQLite's single
/// writer; PostgreSQL's unique index) and then finds its answer instead of doing the work again.
/// </summary>
internal sealed class IdempotencyKeys(IUnitOfWork unitOfWork, TimeProvider time)
{
    private const string Savepoint = "idempotency_key";

    private DbSet<IdempotencyRecord> Records => unitOfWork.Db.Set<IdempotencyRecord>();

    /// <summary>Null when the key is now this request's; otherwise the record of the request that had it first.</summary>
    public async Task<Reservation> ReserveAsync(int tokenId, string key, string requestHash, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var expired = now - IdempotencyRecord.Lifetime;
        await Records.Where(r => r.TokenId == tokenId && r.Key == key && r.CreatedUtc < expired).ExecuteDeleteAsync(cancellationToken);

        var transaction = unitOfWork.Db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var record = new IdempotencyRecord { TokenId = tokenId, Key = key, RequestHash = requestHash, CreatedUtc = now };
        Records.Add(record);
        try
        {
            await unitOfWork.Db.SaveChangesAsync(cancellationToken);
            await transaction.ReleaseSavepointAsync(Savepoint, cancellationToken);
            return Reservation.Ours;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            await transaction.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            var first = await Records.AsNoTracking().SingleOrDefaultAsync(r => r.TokenId == tokenId && r.Key == key, cancellationToken);
            return first is { ResponseStatus: not null } ? new Reservation(first) : Reservation.InFlight;
        }
        finally
        {
            unitOfWork.Db.Entry(record).State = EntityState.Detached;
        }
    }

    /// <summary>Keeps the answer with the key; it commits with the work it describes.</summary>
    public Task CompleteAsync(int tokenId, string key, int status, string? location, string body, CancellationToken cancellationToken) =>
        Records.Where(r => r.TokenId == tokenId && r.Key == key).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.ResponseStatus, status).SetProperty(r => r.ResponseLocation, location).SetProperty(r => r.ResponseBody, body),
            cancellationToken);

    /// <summary>A refused request did nothing, so its key stays free for the corrected request.</summary>
    public Task ReleaseAsync(int tokenId, string key) =>
        Records.Where(r => r.TokenId == tokenId && r.Key == key).ExecuteDeleteAsync(CancellationToken.None);
}

/// <summary>The outcome of a reservation: ours, another request's answer to replay, or another request still at work.</summary>
internal sealed record Reservation(IdempotencyRecord? First, bool Busy = false)
{
    public static Reservation Ours { get; } = new((IdempotencyRecord?)null);

    public static Reservation InFlight { get; } = new(null, Busy: true);
}
