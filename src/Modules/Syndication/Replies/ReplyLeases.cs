using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication.Channels;

namespace Portal.Syndication.Replies;

/// <summary>
/// Claims the readers' work under a lease, one item at a time, by a conditional UPDATE that re-checks the lease:
/// on PostgreSQL a second node's UPDATE waits for the first and then finds the lease taken; SQLite has one writer.
/// A reader that dies leaves its lease to expire, and the work is taken again: every import is idempotent.
/// </summary>
internal sealed class ReplyLeases(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int Candidates = 4;

    /// <summary>A webhook event waiting to be processed.</summary>
    public Task<InboundEvent?> ClaimInboundAsync(string holder, TimeSpan lease, CancellationToken cancellationToken) =>
        ClaimAsync<InboundEvent>(
            now => e => e.State == InboundEventState.Pending && (e.LeaseUntilUtc == null || e.LeaseUntilUtc <= now),
            e => e.Id,
            e => x => x.Id == e.Id,
            (query, until) => query.ExecuteUpdateAsync(s => s.SetProperty(e => e.LeaseHolder, holder).SetProperty(e => e.LeaseUntilUtc, until), cancellationToken),
            lease, cancellationToken);

    /// <summary>One of our posts whose conversation is due to be read, on an active channel whose read budget is not spent.</summary>
    public async Task<WatchedPost?> ClaimWatchedPostAsync(string holder, TimeSpan lease, IReadOnlySet<SocialNetwork> networks, CancellationToken cancellationToken)
    {
        var readable = await ReadableChannelsAsync(networks, cancellationToken);
        return await ClaimAsync<WatchedPost>(
            now => w => w.NextPollUtc != null && w.NextPollUtc <= now && readable.Contains(w.ChannelId) && (w.LeaseUntilUtc == null || w.LeaseUntilUtc <= now),
            w => w.NextPollUtc,
            w => x => x.Id == w.Id,
            (query, until) => query.ExecuteUpdateAsync(s => s.SetProperty(w => w.LeaseHolder, holder).SetProperty(w => w.LeaseUntilUtc, until), cancellationToken),
            lease, cancellationToken);
    }

    /// <summary>A channel whose mentions are due to be read.</summary>
    public async Task<Channel?> ClaimMentionsAsync(string holder, TimeSpan lease, IReadOnlySet<SocialNetwork> networks, CancellationToken cancellationToken)
    {
        var readable = await ReadableChannelsAsync(networks, cancellationToken);
        return await ClaimAsync<Channel>(
            now => c => readable.Contains(c.Id) && (c.NextMentionsUtc == null || c.NextMentionsUtc <= now) && (c.MentionsLeaseUntilUtc == null || c.MentionsLeaseUntilUtc <= now),
            c => c.NextMentionsUtc,
            c => x => x.Id == c.Id,
            (query, until) => query.ExecuteUpdateAsync(s => s.SetProperty(c => c.MentionsLeaseHolder, holder).SetProperty(c => c.MentionsLeaseUntilUtc, until), cancellationToken),
            lease, cancellationToken);
    }

    /// <summary>When the next watched post, channel or spent budget falls due, so an idle reader wakes then.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var post = await db.Set<WatchedPost>().Where(w => w.NextPollUtc > now).MinAsync(w => w.NextPollUtc, cancellationToken);
        var mentions = await db.Set<Channel>().Where(c => c.State == ChannelState.Active && c.NextMentionsUtc > now).MinAsync(c => c.NextMentionsUtc, cancellationToken);
        return post < mentions || mentions is null ? post : mentions;
    }

    private async Task<List<int>> ReadableChannelsAsync(IReadOnlySet<SocialNetwork> networks, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var listened = networks.ToList();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Channel>()
            .Where(c => c.State == ChannelState.Active && listened.Contains(c.Network) && !(c.ReadRemaining <= 0 && c.ReadResetUtc > now))
            .Select(c => c.Id).ToListAsync(cancellationToken);
    }

    private async Task<T?> ClaimAsync<T>(
        Func<DateTime, Expression<Func<T, bool>>> due,
        Expression<Func<T, object?>> order,
        Func<T, Expression<Func<T, bool>>> same,
        Func<IQueryable<T>, DateTime, Task<int>> claim,
        TimeSpan lease,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var scope = scopes.CreateAsyncScope();
        var set = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<T>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await set.AsNoTracking().Where(due(now)).OrderBy(order).Take(Candidates).ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            if (await claim(set.Where(due(now)).Where(same(candidate)), now + lease) == 1)
            {
                return candidate;
            }
        }

        return null;
    }
}
