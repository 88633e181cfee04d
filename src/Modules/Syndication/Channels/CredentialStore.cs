using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;

namespace Portal.Syndication.Channels;

/// <summary>
/// The credential columns of a channel, written only over the <see cref="Channel.CredentialsVersion"/> the writer
/// read. Each write is its own committed statement, so a rotated refresh token is on disk before anyone uses it.
/// </summary>
internal sealed class CredentialStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    public Task<Channel> ReadAsync(int channelId, CancellationToken cancellationToken) =>
        WithDbAsync(db => db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == channelId, cancellationToken));

    /// <summary>Takes the right to renew: only one process at a time, and only over the version it read.</summary>
    public Task<bool> TryClaimAsync(int channelId, int version, DateTime untilUtc, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return WithDbAsync(async db => await db.Set<Channel>()
            .Where(c => c.Id == channelId && c.CredentialsVersion == version && c.State == ChannelState.Active
                && (c.RenewingUntilUtc == null || c.RenewingUntilUtc <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RenewingUntilUtc, untilUtc), cancellationToken) == 1);
    }

    /// <summary>Stores renewed (already protected) credentials as the next version and frees the claim.</summary>
    /// <returns>False when the credentials changed since <paramref name="version"/> (someone reconnected the channel).</returns>
    public Task<bool> SaveRenewedAsync(int channelId, int version, string protectedCredentials, DateTime? accessExpiresUtc, DateTime? refreshExpiresUtc, CancellationToken cancellationToken) =>
        WithDbAsync(db => db.Set<Channel>().WriteOverAsync(channelId, version, protectedCredentials, accessExpiresUtc, refreshExpiresUtc, cancellationToken));

    /// <summary>Frees the claim after a renewal that may be tried again later.</summary>
    public Task ReleaseAsync(int channelId, int version, CancellationToken cancellationToken) =>
        WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == channelId && c.CredentialsVersion == version)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RenewingUntilUtc, (DateTime?)null), cancellationToken));

    /// <summary>The network refused the credentials or their renewal: the channel waits for a reconnect (unless someone already reconnected it).</summary>
    public Task BlockAsync(int channelId, int version, string message, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var error = message.Length <= Channel.ErrorLength ? message : message[..Channel.ErrorLength];
        return WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == channelId && c.CredentialsVersion == version)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.State, ChannelState.Blocked)
                .SetProperty(c => c.LastError, error)
                .SetProperty(c => c.LastErrorUtc, now)
                .SetProperty(c => c.RenewingUntilUtc, (DateTime?)null), cancellationToken));
    }

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }
}
