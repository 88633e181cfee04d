using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>
/// Each channel's read budget (<see cref="Channel.ReadRemaining"/>, <see cref="Channel.ReadResetUtc"/>), kept as the
/// publishing budget is (<see cref="RateBudgets"/>): one conditional UPDATE per read, so every node draws from the
/// same budget, seeded from <see cref="ReplyPollingOptions.ReadLimits"/> and corrected by what the network reports.
/// A spent budget makes reads wait for its reset; it is never an error.
/// </summary>
internal sealed class ReadBudgets(IServiceScopeFactory scopes, IOptions<ReplyPollingOptions> options)
{
    public NetworkLimit Limit(SocialNetwork network) => options.Value.ReadLimits.GetValueOrDefault(network) ?? new NetworkLimit();

    /// <summary>Takes one read (one page) from the budget; null when it may go now, otherwise when to try again.</summary>
    public async Task<DateTime?> TakeAsync(Channel channel, DateTime now, CancellationToken cancellationToken)
    {
        var limit = Limit(channel.Network);
        var seeded = limit.Budget - limit.Cost;
        var seededReset = limit.Budget is null ? (DateTime?)null : now + limit.Window;

        await using var scope = scopes.CreateAsyncScope();
        var channels = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Channel>();
        var taken = await channels
            .Where(c => c.Id == channel.Id && (c.ReadResetUtc == null || c.ReadResetUtc <= now || c.ReadRemaining == null || c.ReadRemaining >= limit.Cost))
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ReadRemaining, c => c.ReadResetUtc == null || c.ReadResetUtc <= now ? seeded : c.ReadRemaining - limit.Cost)
                .SetProperty(c => c.ReadResetUtc, c => c.ReadResetUtc == null || c.ReadResetUtc <= now ? seededReset : c.ReadResetUtc), cancellationToken);
        if (taken == 1)
        {
            return null;
        }

        return await channels.AsNoTracking().Where(c => c.Id == channel.Id).Select(c => c.ReadResetUtc).SingleAsync(cancellationToken) ?? now;
    }

    /// <summary>Corrects the budget with a read's answer: a refusal empties it until the time the network named; a reported count replaces ours.</summary>
    public async Task RecordAsync(Channel channel, SendOutcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var row = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Channel>().Where(c => c.Id == channel.Id);
        if (RateBudgets.PauseUntil(Limit(channel.Network), outcome, now) is { } until)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(c => c.ReadRemaining, 0).SetProperty(c => c.ReadResetUtc, until), cancellationToken);
        }
        else if (outcome.Budget is { Remaining: { } remaining, ResetUtc: var reset })
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ReadRemaining, c => c.ReadResetUtc == reset && c.ReadRemaining < remaining ? c.ReadRemaining : remaining)
                .SetProperty(c => c.ReadResetUtc, c => reset ?? c.ReadResetUtc), cancellationToken);
        }
    }
}
