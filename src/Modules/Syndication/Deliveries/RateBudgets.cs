using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// Each channel's publishing budget: a window of <see cref="NetworkLimit.Budget"/> units, seeded from the
/// documented limit whenever the previous window has passed and corrected by what the network's answers report,
/// plus a least spacing between calls. It lives on the channel's row (<see cref="Channel.RateRemaining"/>,
/// <see cref="Channel.RateResetUtc"/>, <see cref="Channel.NextCallUtc"/>) and is taken by one conditional
/// UPDATE, so every worker of every process draws from the same budget and no two can take its last unit; a
/// bucket in memory would give each process a budget of its own. The budget refills at once when its window
/// resets rather than drip by drip, because that is what the networks count and report (remaining, reset):
/// their figures can then replace ours as they are.
/// </summary>
internal sealed class RateBudgets(IServiceScopeFactory scopes, IOptions<SyndicationOptions> options)
{
    public NetworkLimit Limit(SocialNetwork network) => options.Value.Limits.GetValueOrDefault(network) ?? new NetworkLimit();

    /// <summary>Takes what one call costs from the channel's budget and holds the next call back by the network's spacing.</summary>
    /// <returns>Null when the call may go now; otherwise when to try again (the delivery waits, and the wait is not an attempt).</returns>
    public async Task<DateTime?> TakeAsync(Channel channel, DateTime now, CancellationToken cancellationToken)
    {
        var limit = Limit(channel.Network);
        var cost = limit.Cost;
        var seeded = limit.Budget - cost;
        var seededReset = limit.Budget is null ? (DateTime?)null : now + limit.Window;
        var next = now + limit.Spacing;

        await using var scope = scopes.CreateAsyncScope();
        var channels = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Channel>();
        var taken = await channels
            .Where(c => c.Id == channel.Id
                && (c.NextCallUtc == null || c.NextCallUtc <= now)
                && (c.RateResetUtc == null || c.RateResetUtc <= now || c.RateRemaining == null || c.RateRemaining >= cost))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RateRemaining, c => c.RateResetUtc == null || c.RateResetUtc <= now ? seeded : c.RateRemaining - cost)
                .SetProperty(c => c.RateResetUtc, c => c.RateResetUtc == null || c.RateResetUtc <= now ? seededReset : c.RateResetUtc)
                .SetProperty(c => c.NextCallUtc, next), cancellationToken);
        if (taken == 1)
        {
            return null;
        }

        var current = await channels.AsNoTracking().SingleAsync(c => c.Id == channel.Id, cancellationToken);
        var refill = current.RateResetUtc > now && current.RateRemaining < cost ? current.RateResetUtc : null;
        var spaced = current.NextCallUtc > now ? current.NextCallUtc : null;
        return Later(refill, spaced) ?? now;
    }

    /// <summary>
    /// Corrects the budget with a call's answer, inside the transaction that records it. A pause (a refusal, or
    /// Meta's usage above 90%) empties the budget until it ends. A count the network reports replaces ours; within
    /// one window the lower figure wins, since the answers to parallel calls arrive in any order.
    /// </summary>
    public async Task RecordAsync(PortalDbContext db, Channel channel, SendOutcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        var row = db.Set<Channel>().Where(c => c.Id == channel.Id);
        if (PauseUntil(Limit(channel.Network), outcome, now) is { } until)
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RateRemaining, 0)
                .SetProperty(c => c.RateResetUtc, c => c.RateRemaining <= 0 && c.RateResetUtc > until ? c.RateResetUtc : until), cancellationToken);
        }
        else if (outcome.Budget is { Remaining: { } remaining, ResetUtc: var reset })
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(c => c.RateRemaining, c => c.RateResetUtc == reset && c.RateRemaining < remaining ? c.RateRemaining : remaining)
                .SetProperty(c => c.RateResetUtc, c => reset ?? c.RateResetUtc), cancellationToken);
        }

        if (outcome.Usage is { } usage)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(c => c.UsagePercent, usage.Percent).SetProperty(c => c.UsageFigure, usage.Figure), cancellationToken);
        }
    }

    /// <summary>
    /// Until when the channel must not be called after this answer, or null. A refusal waits for the time the
    /// network named; Meta's usage above <see cref="MetaUsage.PauseAbove"/>% waits for Meta's estimate. Without
    /// either, the network's configured <see cref="NetworkLimit.Pause"/>.
    /// </summary>
    public static DateTime? PauseUntil(NetworkLimit limit, SendOutcome outcome, DateTime now)
    {
        var wait = outcome.Usage?.RegainAccess ?? limit.Pause;
        return outcome.Error == ErrorKind.RateLimited ? outcome.RetryAtUtc ?? now + wait
            : outcome.Usage is { Exceeded: true } ? now + wait
            : null;
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a > b || b is null ? a : b;
}
