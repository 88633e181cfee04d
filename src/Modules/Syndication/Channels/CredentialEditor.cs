using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Channels;

/// <summary>
/// What the channel form does to a stored channel's credentials, inside the form's transaction: secrets typed over
/// the stored ones (an empty field keeps the stored secret), expiries edited; and after a reconnect, the deliveries
/// that waited for it are sent at once.
/// </summary>
public sealed class CredentialEditor(CredentialProtector protector, TimeProvider clock)
{
    /// <param name="shownVersion">The credentials version the form was shown with: its expiries are older than a renewal made since, and are then not written.</param>
    /// <param name="update">The stored credentials with what was typed; null when nothing was typed.</param>
    public async Task SaveAsync(
        IUnitOfWork unitOfWork,
        int channelId,
        int shownVersion,
        Func<ChannelCredentials, ChannelCredentials>? update,
        DateTime? accessExpiresUtc,
        DateTime? refreshExpiresUtc,
        CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        while (true)
        {
            var current = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == channelId, cancellationToken);
            var keepExpiries = update is null && current.CredentialsVersion != shownVersion;
            var accessExpires = keepExpiries ? current.TokenExpiresUtc : accessExpiresUtc;
            var refreshExpires = keepExpiries ? current.RefreshExpiresUtc : refreshExpiresUtc;
            if (update is null && accessExpires == current.TokenExpiresUtc && refreshExpires == current.RefreshExpiresUtc)
            {
                return;
            }

            var credentials = update is null ? current.ProtectedCredentials : protector.Protect(update(protector.Unprotect(current.ProtectedCredentials)));

            // Over the version just read, like a renewal: a renewal that committed in between is read again, not overwritten.
            if (await db.Set<Channel>().WriteOverAsync(channelId, current.CredentialsVersion, credentials, accessExpires, refreshExpires, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>
    /// New secrets reconnect a blocked channel (a disabled one stays disabled), and the deliveries held back because
    /// the credentials were refused go out now rather than at their next try.
    /// </summary>
    public async Task ReconnectAsync(IUnitOfWork unitOfWork, int channelId, CancellationToken cancellationToken)
    {
        var reactivated = await unitOfWork.Db.Set<Channel>().Where(c => c.Id == channelId && c.State == ChannelState.Blocked)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.State, ChannelState.Active), cancellationToken);
        if (reactivated == 1)
        {
            await ReleaseWaitingAsync(unitOfWork, channelId, cancellationToken);
        }
    }

    private async Task ReleaseWaitingAsync(IUnitOfWork unitOfWork, int channelId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var released = await unitOfWork.Db.Set<Delivery>()
            .Where(d => d.ChannelId == channelId && (d.State == DeliveryState.Queued || d.State == DeliveryState.Unknown)
                && d.LastErrorKind == ErrorKind.Auth && d.NotBeforeUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.NotBeforeUtc, now), cancellationToken);
        if (released > 0)
        {
            DeliveryWake.AfterCommit(unitOfWork);
        }
    }
}
