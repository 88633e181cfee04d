using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;

namespace Portal.Syndication.Replies;

/// <summary>Blocking an account or a whole domain: nothing it writes is imported any more, and what was imported goes.</summary>
public sealed class BlockList(IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>The domain of a handle: a fediverse <c>@user@domain</c>'s domain, or a Bluesky handle's (<c>name.example.org</c> → <c>example.org</c>).</summary>
    public static string? DomainOf(string handle)
    {
        var trimmed = handle.TrimStart('@');
        var at = trimmed.LastIndexOf('@');
        if (at >= 0)
        {
            return trimmed[(at + 1)..];
        }

        var dot = trimmed.IndexOf('.');
        return dot > 0 && dot < trimmed.Length - 1 && trimmed.IndexOf('.', dot + 1) > 0 ? trimmed[(dot + 1)..] : null;
    }

    /// <summary>Blocks the interaction's author (or their domain) on its network.</summary>
    /// <returns>How many stored reactions were removed; null when the interaction is not there or has no domain to block.</returns>
    public async Task<int?> BlockAsync(long interactionId, BlockScope scope, string user, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var interaction = await db.Set<Interaction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == interactionId && !i.Mine, cancellationToken);
        var value = interaction is null ? null : scope == BlockScope.Account ? interaction.AuthorHandle.TrimStart('@') : DomainOf(interaction.AuthorHandle);
        if (interaction is null || value is null)
        {
            return null;
        }

        await unitOfWork.BeginAsync(cancellationToken);
        if (!await db.Set<BlockedSender>().AnyAsync(b => b.Network == interaction.Network && b.Scope == scope && b.Value == value, cancellationToken))
        {
            db.Add(new BlockedSender { Network = interaction.Network, Scope = scope, Value = value, BlockedBy = user, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }

        var authors = db.Set<Interaction>().Where(i => i.Network == interaction.Network && !i.Mine);
        var removed = scope == BlockScope.Account
            ? await authors.Where(i => i.AuthorId == interaction.AuthorId).ExecuteDeleteAsync(cancellationToken)
            : await authors.Where(i => i.AuthorHandle.EndsWith("@" + value) || i.AuthorHandle.EndsWith("." + value)).ExecuteDeleteAsync(cancellationToken);
        ReplyWake.AfterImport(unitOfWork);
        return removed;
    }
}
