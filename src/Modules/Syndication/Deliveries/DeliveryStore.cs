using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// The outbox's state changes. Each is one short transaction guarded by the lease holder, so a worker that lost
/// its lease changes nothing, and every step a crash could interrupt leaves a state the next worker can finish.
/// </summary>
internal sealed class DeliveryStore(IServiceScopeFactory scopes, IUnitOfWorkRunner runner, RateBudgets budgets, SentDeliveries sent, TimeProvider clock, ILogger<DeliveryStore> logger)
{
    /// <summary>The pending states as the database stores them, for the PostgreSQL claim written in SQL.</summary>
    private static readonly string[] PendingNames = [.. DeliveryStates.Pending.Select(s => s.ToString())];

    /// <summary>Inlined as constants, so SQLite compares with literals and keeps using the (State, NotBeforeUtc) index.</summary>
    private static readonly Expression<Func<Delivery, bool>> IsPending = d => EF.Constant(DeliveryStates.Pending).Contains(d.State);

    /// <summary>
    /// Claims one due delivery of a channel that may send now. A delivery left "sending" by a dead worker is due once
    /// its lease expires, and comes back as an unknown outcome. PostgreSQL skips rows another worker is claiming;
    /// SQLite has a single writer, and the conditional UPDATE re-checks the lease.
    /// </summary>
    public async Task<long?> ClaimAsync(string holder, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + lease;
        var waiting = await db.Set<Channel>()
            .Where(c => c.State != ChannelState.Active || (c.RateRemaining <= 0 && c.RateResetUtc > now) || c.NextCallUtc > now)
            .Select(c => c.Id).ToArrayAsync(cancellationToken);

        if (db.Database.IsNpgsql())
        {
            var ids = await db.Database.SqlQuery<long>($"""
                UPDATE "SyndicationDeliveries" SET "LeaseHolder" = {holder}, "LeaseUntilUtc" = {until}
                WHERE "Id" = (
                    SELECT "Id" FROM "SyndicationDeliveries"
                    WHERE "State" = ANY({PendingNames}) AND "NotBeforeUtc" <= {now}
                      AND ("LeaseUntilUtc" IS NULL OR "LeaseUntilUtc" <= {now})
                      AND NOT ("ChannelId" = ANY({waiting}))
                    ORDER BY "NotBeforeUtc", "Id"
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(cancellationToken);
            return ids.Count == 1 ? ids[0] : null;
        }

        var candidates = await Claimable(db, now, waiting).OrderBy(d => d.NotBeforeUtc).ThenBy(d => d.Id).Select(d => d.Id).Take(4).ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var claimed = await Claimable(db, now, waiting).Where(d => d.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseHolder, holder).SetProperty(d => d.LeaseUntilUtc, until), cancellationToken);
            if (claimed == 1)
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// When the next waiting delivery falls due (a backoff, a rate-limit reset, a network's spacing), so an idle
    /// worker wakes then rather than at its next poll; null when nothing waits.
    /// </summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<Delivery>()
            .Where(IsPending).Where(d => d.NotBeforeUtc > now)
            .MinAsync(d => (DateTime?)d.NotBeforeUtc, cancellationToken);
    }

    public async Task<(Delivery Delivery, Channel Channel, DateTime? LastAttemptUtc)?> LoadAsync(long id, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var delivery = await db.Set<Delivery>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.LeaseHolder == holder, cancellationToken);
        if (delivery is null)
        {
            return null;
        }

        var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == delivery.ChannelId, cancellationToken);
        var last = await db.Set<DeliveryAttempt>().Where(a => a.DeliveryId == id).MaxAsync(a => (DateTime?)a.StartedUtc, cancellationToken);
        return (delivery, channel, last);
    }

    /// <summary>
    /// Intent before effect: the attempt is committed as "sending" before the network is called. It is counted here,
    /// once, so an attempt cut short by a crash still counts.
    /// </summary>
    /// <returns>The attempt with the delivery's count including it, or null when the lease was lost.</returns>
    public Task<StartedAttempt?> BeginAttemptAsync(Delivery delivery, string holder, string endpoint, TimeSpan lease, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var mine = db.Set<Delivery>().Where(d => d.Id == delivery.Id && d.LeaseHolder == holder);
            var marked = await mine.ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Sending).SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LeaseUntilUtc, now + lease), cancellationToken);
            if (marked == 0)
            {
                return (StartedAttempt?)null;
            }

            var attempt = new DeliveryAttempt { DeliveryId = delivery.Id, StartedUtc = now, Endpoint = Truncate(endpoint, DeliveryAttempt.EndpointLength) };
            db.Add(attempt);
            await db.SaveChangesAsync(cancellationToken);
            return new StartedAttempt(attempt.Id, await mine.Select(d => d.Attempts).SingleAsync(cancellationToken));
        }, cancellationToken);

    /// <summary>
    /// Records a call's answer and the delivery's next state in one step (the remote id with the success), and frees
    /// the lease. An answer that is no attempt (<see cref="SendOutcome.IsAttempt"/>) gives back the count its
    /// <paramref name="attempt"/> took; a look for the post (no attempt begun) counts nothing.
    /// </summary>
    public Task FinishAsync(Delivery delivery, string holder, StartedAttempt? attempt, SendOutcome outcome, DeliveryState state, DateTime notBeforeUtc, CancellationToken cancellationToken) =>
        InTransactionAsync(async db =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var givenBack = attempt is not null && !outcome.IsAttempt ? 1 : 0;
            var updated = await db.Set<Delivery>().Where(d => d.Id == delivery.Id && d.LeaseHolder == holder)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.State, state)
                    .SetProperty(d => d.NotBeforeUtc, notBeforeUtc)
                    .SetProperty(d => d.Attempts, d => d.Attempts - givenBack)
                    .SetProperty(d => d.LeaseHolder, (string?)null)
                    .SetProperty(d => d.LeaseUntilUtc, (DateTime?)null)
                    .SetProperty(d => d.RemoteId, d => outcome.Succeeded && outcome.RemoteId != null ? outcome.RemoteId : d.RemoteId)
                    .SetProperty(d => d.RemoteUrl, d => outcome.Succeeded && outcome.RemoteUrl != null ? outcome.RemoteUrl : d.RemoteUrl)
                    .SetProperty(d => d.SentUtc, d => outcome.Succeeded ? now : d.SentUtc)
                    .SetProperty(d => d.LastError, outcome.Succeeded ? null : Truncate(outcome.Message ?? "", Delivery.ErrorLength))
                    .SetProperty(d => d.LastErrorKind, outcome.Error), cancellationToken);
            if (updated == 0)
            {
                return false;
            }

            var logged = attempt is null ? null : await db.Set<DeliveryAttempt>().SingleOrDefaultAsync(a => a.Id == attempt.Id, cancellationToken);
            if (logged is null)
            {
                logged = new DeliveryAttempt { DeliveryId = delivery.Id, StartedUtc = now, Endpoint = Truncate(outcome.Endpoint, DeliveryAttempt.EndpointLength) };
                db.Add(logged);
            }

            logged.HttpStatus = outcome.Status;
            logged.Body = outcome.Body is null ? null : Truncate(outcome.Body, DeliveryAttempt.BodyLength);
            logged.LatencyMs = outcome.LatencyMs;
            logged.Outcome = outcome.Error?.ToString() ?? "Success";
            logged.BudgetRemaining = outcome.Budget?.Remaining;
            logged.UsagePercent = outcome.Usage?.Percent;

            var channel = await db.Set<Channel>().SingleAsync(c => c.Id == delivery.ChannelId, cancellationToken);
            if (outcome.Succeeded)
            {
                channel.LastSuccessUtc = now;
            }
            else
            {
                channel.LastErrorUtc = now;
                channel.LastError = Truncate(outcome.Message ?? "", Channel.ErrorLength);
            }

            await budgets.RecordAsync(db, channel, outcome, now, cancellationToken);
            if (state == DeliveryState.Sent)
            {
                await sent.RecordAsync(db, delivery, outcome, now, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Keeps a claimed delivery's lease alive while its worker is still talking to the network: a post with an image
    /// is several calls, and a refused token adds a renewal and a second try, which together can outlast one lease.
    /// Without it another worker would take the delivery for an unknown outcome while the first is still sending it.
    /// </summary>
    public LeaseHeartbeat KeepLease(long id, string holder, TimeSpan lease) =>
        new(ct => InTransactionAsync(async db => await db.Set<Delivery>().Where(d => d.Id == id && d.LeaseHolder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntilUtc, clock.GetUtcNow().UtcDateTime + lease), ct) > 0, ct), lease, clock, logger, "syndication delivery " + id);

    /// <summary>Gives the delivery back without an attempt (its channel is blocked or paused).</summary>
    public Task ReleaseAsync(long id, string holder, DateTime notBeforeUtc, CancellationToken cancellationToken) =>
        InTransactionAsync(async db => await db.Set<Delivery>().Where(d => d.Id == id && d.LeaseHolder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NotBeforeUtc, notBeforeUtc).SetProperty(d => d.LeaseHolder, (string?)null).SetProperty(d => d.LeaseUntilUtc, (DateTime?)null), cancellationToken), cancellationToken);

    private static IQueryable<Delivery> Claimable(PortalDbContext db, DateTime now, int[] waiting) =>
        db.Set<Delivery>().Where(IsPending).Where(d =>
            d.NotBeforeUtc <= now
            && (d.LeaseUntilUtc == null || d.LeaseUntilUtc <= now)
            && !waiting.Contains(d.ChannelId));

    private Task<T> InTransactionAsync<T>(Func<PortalDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        runner.RunAsync(async (services, ct) =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(ct);
            return await work(unitOfWork.Db);
        }, cancellationToken);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
