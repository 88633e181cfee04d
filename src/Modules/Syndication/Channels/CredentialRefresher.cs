using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Channels;

/// <summary>
/// G9: every call to a network goes through here, with credentials renewed ahead of their expiry, and renewed once
/// more (then the call repeated once) when the network answers that they no longer work. One renewal at a time per
/// channel: workers of this process queue on a gate; other processes see the claim in the database and wait for
/// its result, so a rotated refresh token is never spent twice.
/// </summary>
internal sealed class CredentialRefresher(
    IEnumerable<ITokenClient> clients,
    CredentialStore store,
    CredentialProtector protector,
    IHttpClientFactory httpClients,
    IOptions<SyndicationOptions> options,
    TimeProvider clock,
    ILogger<CredentialRefresher> logger)
{
    private static readonly TimeSpan WaitStep = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<SocialNetwork, ITokenClient> _clients = clients.ToDictionary(c => c.Network);
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _gates = new();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Runs <paramref name="call"/> with the channel's credentials. A renewal the network refuses blocks the channel and
    /// is answered as <see cref="ErrorKind.Auth"/>; the call itself is made at most twice.
    /// </summary>
    public async Task<SendOutcome> CallAsync(Channel channel, Func<AdapterContext, Task<SendOutcome>> call, CancellationToken cancellationToken) =>
        (await FindAsync(channel, async context => await call(context), cancellationToken))!;

    /// <summary>As <see cref="CallAsync"/>, for a lookup that may find nothing.</summary>
    public async Task<SendOutcome?> FindAsync(Channel channel, Func<AdapterContext, Task<SendOutcome?>> call, CancellationToken cancellationToken)
    {
        var credentials = protector.Unprotect(channel.ProtectedCredentials);
        if (!_clients.TryGetValue(channel.Network, out var client))
        {
            return await BlockOnAuthAsync(channel, await call(Context(channel, credentials)));
        }

        if (IsDue(client, channel, credentials, Now))
        {
            var ahead = await RenewAsync(client, channel, force: false, cancellationToken);
            if (ahead.Failure is null)
            {
                (channel, credentials) = (ahead.Channel!, ahead.Credentials!);
            }
            else if (!StillUsable(client, channel, credentials, ahead.Failure))
            {
                return ahead.Failure;
            }
        }

        var result = await call(Context(channel, credentials));
        if (result is not SendOutcome { Error: ErrorKind.Auth } || !client.CanRenew(credentials))
        {
            return await BlockOnAuthAsync(channel, result);
        }

        var renewed = await RenewAsync(client, channel, force: true, cancellationToken);
        return renewed.Failure ?? await BlockOnAuthAsync(renewed.Channel!, await call(Context(renewed.Channel!, renewed.Credentials!)));
    }

    /// <summary>Due when the credentials cannot be used as they are, or their known expiry is within the network's margin.</summary>
    internal static bool IsDue(ITokenClient client, Channel channel, ChannelCredentials credentials, DateTime nowUtc) =>
        client.MustRenew(credentials)
        || (client.CanRenew(credentials) && channel.TokenExpiresUtc is { } expires && expires - client.Margin <= nowUtc);

    /// <summary>
    /// Credentials the network refuses block the channel, unless someone replaced them while the call was made: the
    /// block is conditional on the version <paramref name="used"/>, so a reconnection is never undone.
    /// </summary>
    private async Task<SendOutcome?> BlockOnAuthAsync(Channel used, SendOutcome? result)
    {
        if (result is SendOutcome { Error: ErrorKind.Auth } refused)
        {
            await store.BlockAsync(used.Id, used.CredentialsVersion, refused.Message ?? "", CancellationToken.None);
        }

        return result;
    }

    /// <summary>A renewal ahead of time that failed for a passing reason leaves a token that has not expired yet usable.</summary>
    private bool StillUsable(ITokenClient client, Channel channel, ChannelCredentials credentials, SendOutcome failure) =>
        failure.Error != ErrorKind.Auth && !client.MustRenew(credentials) && channel.TokenExpiresUtc > Now;

    /// <summary>
    /// Renews the channel's credentials unless another worker or process already did since <paramref name="seen"/>
    /// was read; then its result is used instead. With <paramref name="force"/> the network has just refused them.
    /// </summary>
    private async Task<Renewed> RenewAsync(ITokenClient client, Channel seen, bool force, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(seen.Id, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // A claim covers the whole token call (three attempt timeouts, as the HTTP pipeline allows); a waiter that
            // saw no result for twice that long gives up for now.
            var claim = options.Value.HttpTimeout * 3;
            var giveUpAt = Now + (claim * 2);
            while (true)
            {
                var current = await store.ReadAsync(seen.Id, cancellationToken);
                var credentials = protector.Unprotect(current.ProtectedCredentials);
                if (current.State != ChannelState.Active)
                {
                    return Renewed.Refused(Blocked(current));
                }

                // Renewed (or reconnected) by someone else since the caller read them: use those unless they are due too.
                if (!IsDue(client, current, credentials, Now) && (!force || current.CredentialsVersion != seen.CredentialsVersion))
                {
                    return new Renewed(current, credentials, null);
                }

                if (current.RenewingUntilUtc > Now || !await store.TryClaimAsync(current.Id, current.CredentialsVersion, Now + claim, cancellationToken))
                {
                    // Another process is renewing: its result will be in the database shortly.
                    if (Now > giveUpAt)
                    {
                        return Renewed.Refused(Waited(current));
                    }

                    await Task.Delay(WaitStep, clock, cancellationToken);
                    continue;
                }

                if (await RenewClaimedAsync(client, current, credentials, cancellationToken) is { } renewed)
                {
                    return renewed;
                }

                // Someone reconnected the channel meanwhile: what they stored wins; read it again.
                seen = current;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <returns>Null when the renewed credentials could not be saved because someone replaced them meanwhile.</returns>
    private async Task<Renewed?> RenewClaimedAsync(ITokenClient client, Channel current, ChannelCredentials credentials, CancellationToken cancellationToken)
    {
        var renewal = await client.RenewAsync(current, credentials, httpClients.CreateClient(DeliveryProcessor.HttpClientName), clock, cancellationToken);
        if (!renewal.Succeeded)
        {
            if (renewal.Outcome.Error == ErrorKind.Auth)
            {
                logger.LogWarning(
                    "The network refused to renew the credentials of syndication channel {ChannelId} ({Network}): {Message}. The channel is blocked until someone reconnects it.",
                    current.Id, current.Network, renewal.Outcome.Message);
                await store.BlockAsync(current.Id, current.CredentialsVersion, renewal.Outcome.Message ?? "", CancellationToken.None);
            }
            else
            {
                logger.LogInformation("Renewing the credentials of syndication channel {ChannelId} failed for now: {Message}", current.Id, renewal.Outcome.Message);
                await store.ReleaseAsync(current.Id, current.CredentialsVersion, CancellationToken.None);
            }

            return Renewed.Refused(renewal.Outcome);
        }

        // Saved before the new access token is used: after a rotation only the new refresh token works.
        var renewed = renewal.Credentials!;
        var protectedCredentials = protector.Protect(renewed);
        var refreshExpires = renewal.RefreshExpiresUtc ?? current.RefreshExpiresUtc;
        if (!await store.SaveRenewedAsync(current.Id, current.CredentialsVersion, protectedCredentials, renewal.AccessExpiresUtc, refreshExpires, CancellationToken.None))
        {
            logger.LogWarning("The credentials of syndication channel {ChannelId} changed while they were being renewed; the renewed ones are dropped.", current.Id);
            return null;
        }

        current.ProtectedCredentials = protectedCredentials;
        current.TokenExpiresUtc = renewal.AccessExpiresUtc;
        current.RefreshExpiresUtc = refreshExpires;
        current.CredentialsVersion++;
        current.RenewingUntilUtc = null;
        return new Renewed(current, renewed, null);
    }

    private AdapterContext Context(Channel channel, ChannelCredentials credentials) =>
        new(channel, credentials, httpClients.CreateClient(DeliveryProcessor.HttpClientName), clock);

    private static SendOutcome Blocked(Channel channel) =>
        new("renew credentials", null, null, 0) { Error = ErrorKind.Auth, Message = channel.LastError ?? "The channel is blocked until someone reconnects it." };

    private static SendOutcome Waited(Channel channel) =>
        new("renew credentials", null, null, 0) { Error = ErrorKind.Transient, Message = $"Another process is still renewing the credentials of channel {channel.Id}." };

    private sealed record Renewed(Channel? Channel, ChannelCredentials? Credentials, SendOutcome? Failure)
    {
        public static Renewed Refused(SendOutcome failure) => new(null, null, failure);
    }
}
