using Microsoft.EntityFrameworkCore;

namespace Portal.Syndication.Channels;

/// <summary>The one way credentials are written, by a renewal or by the channel form alike.</summary>
internal static class CredentialWrites
{
    /// <summary>
    /// Stores the credentials as the next version and frees any renewal claim, only over the version the writer read.
    /// </summary>
    /// <returns>False when the credentials changed since <paramref name="version"/>.</returns>
    public static async Task<bool> WriteOverAsync(
        this IQueryable<Channel> channels,
        int channelId,
        int version,
        string protectedCredentials,
        DateTime? accessExpiresUtc,
        DateTime? refreshExpiresUtc,
        CancellationToken cancellationToken) =>
        await channels.Where(c => c.Id == channelId && c.CredentialsVersion == version)
            .ExecuteUpdateAsync(s => s
                .SetProperty(c => c.ProtectedCredentials, protectedCredentials)
                .SetProperty(c => c.TokenExpiresUtc, accessExpiresUtc)
                .SetProperty(c => c.RefreshExpiresUtc, refreshExpiresUtc)
                .SetProperty(c => c.CredentialsVersion, version + 1)
                .SetProperty(c => c.RenewingUntilUtc, (DateTime?)null), cancellationToken) == 1;
}
