using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Api.Tokens;

public sealed record ApiTokenRow(ApiToken Token, string UserName);

/// <summary>Creates, lists, revokes and recognises API tokens, inside the request's unit of work.</summary>
public sealed class ApiTokenStore(IUnitOfWork unitOfWork, TimeProvider time)
{
    /// <summary>How stale "last used" may get: writing it on every call would make each API read a write.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    private DbSet<ApiToken> Tokens => unitOfWork.Db.Set<ApiToken>();

    /// <returns>The stored token and its secret, which nothing keeps: the caller shows it once.</returns>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(string userId, string name, DateTime? expiresUtc, string createdBy, CancellationToken cancellationToken)
    {
        var secret = ApiTokenSecrets.New();
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = ApiTokenSecrets.PrefixOf(secret),
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
            CreatedBy = createdBy,
            ExpiresUtc = expiresUtc,
        };
        await unitOfWork.BeginAsync(cancellationToken);
        Tokens.Add(token);
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>Every token, newest first, with its owner's user name.</summary>
    public async Task<IReadOnlyList<ApiTokenRow>> ListAsync(CancellationToken cancellationToken) =>
        await (
                from token in Tokens.AsNoTracking()
                join user in unitOfWork.Db.Users on token.UserId equals user.Id into owners
                from owner in owners.DefaultIfEmpty()
                orderby token.CreatedUtc descending, token.Id descending
                select new ApiTokenRow(token, owner == null ? "" : owner.UserName!))
            .ToListAsync(cancellationToken);

    /// <returns>False when there is no such token or it was already revoked.</returns>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var token = await Tokens.FirstOrDefaultAsync(t => t.Id == id && t.RevokedUtc == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        token.RevokedUtc = time.GetUtcNow().UtcDateTime;
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The token whose secret this is, if it is neither revoked nor expired.</summary>
    public async Task<ApiToken?> FindActiveAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(ApiTokenSecrets.Marker, StringComparison.Ordinal) || secret.Length < ApiToken.PrefixLength)
        {
            return null;
        }

        var hash = ApiTokenSecrets.Hash(secret);
        var token = await Tokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, cancellationToken);
        return token is not null && token.IsActive(time.GetUtcNow().UtcDateTime) ? token : null;
    }

    /// <summary>
    /// Records the use straight away, outside the request's transaction: a request that is refused later still
    /// used the token, and its content writes must not wait on this row.
    /// </summary>
    public async Task MarkUsedAsync(ApiToken token, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (token.LastUsedUtc is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        await Tokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), cancellationToken);
    }
}
