using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Media.Sharing;
using Portal.Syndication.Channels;
using Portal.Syndication.Networks;
using Portal.Syndication.Replies;

namespace Portal.Syndication.Deliveries;

/// <summary>
/// Takes one claimed delivery one step forward: settles an unknown outcome by finding the post, or records the
/// intent, calls the network and records the answer.
/// </summary>
internal sealed class DeliveryProcessor(
    DeliveryStore store,
    RateBudgets budgets,
    DeliveryExpiry expiry,
    IEnumerable<INetworkAdapter> adapters,
    ReplyLookup replies,
    CredentialRefresher credentials,
    IServiceScopeFactory scopes,
    IOptions<SyndicationOptions> options,
    TimeProvider clock,
    ILogger<DeliveryProcessor> logger)
{
    public const string HttpClientName = "Portal.Syndication";

    private readonly Dictionary<SocialNetwork, INetworkAdapter> _adapters = adapters.ToDictionary(a => a.Network);

    public async Task ProcessAsync(long id, string holder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var loaded = await store.LoadAsync(id, holder, cancellationToken);
        if (loaded is not var (delivery, channel, lastAttempt))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var expired = expiry.IsExpired(delivery, now);
        if (expired && delivery.State == DeliveryState.Queued && delivery.Attempts == 0)
        {
            // Never sent: surely not on the network, so it fails without a call.
            await FinishAsync(delivery, channel.Network, holder, null, expiry.Outcome(delivery, channel.Network), reconciling: false, cancellationToken);
            return;
        }

        if (channel.State != ChannelState.Active)
        {
            await store.ReleaseAsync(id, holder, now.AddMinutes(1), cancellationToken);
            return;
        }

        var adapter = _adapters[channel.Network];

        // A post that may already be out is looked for before it is sent again. Past its maximum age it must not be
        // sent again at all, so it is looked for even where a repeat would be safe, and after any earlier attempt
        // (a 5xx to a keyed post leaves it queued, yet perhaps posted).
        if (delivery.Kind is DeliveryKind.Post or DeliveryKind.Reply && (expired || (delivery.State is DeliveryState.Sending or DeliveryState.Unknown && !adapter.RepeatIsSafe)))
        {
            SendOutcome? found;
            await using (store.KeepLease(id, holder, settings.Lease))
            {
                var window = new LookupWindow((delivery.QueuedUtc ?? delivery.CreatedUtc) - settings.LookupClockSkew, settings.LookupPages);
                found = await credentials.FindAsync(channel, context => delivery.Kind == DeliveryKind.Reply
                    ? replies.FindAsync(context with { Lookup = window }, delivery, cancellationToken)
                    : adapter.FindAsync(context with { Lookup = window }, delivery, cancellationToken), cancellationToken);
            }

            if (found is not null)
            {
                await FinishAsync(delivery, channel.Network, holder, null, found, reconciling: true, cancellationToken);
                return;
            }

            if (lastAttempt is { } last && last + settings.ReconcileGrace > now)
            {
                // Not there yet: it may still appear. Look again once the grace window has passed, then send.
                await store.ReleaseAsync(id, holder, last + settings.ReconcileGrace, cancellationToken);
                return;
            }

            if (expired)
            {
                await FinishAsync(delivery, channel.Network, holder, null, expiry.Outcome(delivery, channel.Network), reconciling: false, cancellationToken);
                return;
            }
        }

        if (await budgets.TakeAsync(channel, now, cancellationToken) is { } later)
        {
            await store.ReleaseAsync(id, holder, later, cancellationToken);
            return;
        }

        var endpoint = $"{delivery.Kind} {channel.Network}";
        var attempt = await store.BeginAttemptAsync(delivery, holder, endpoint, settings.Lease, cancellationToken);
        if (attempt is null)
        {
            return;
        }

        SendOutcome outcome;
        await using (store.KeepLease(id, holder, settings.Lease))
        {
            var image = delivery.Kind == DeliveryKind.Delete ? null : await ImageAsync(delivery, cancellationToken);
            outcome = await credentials.CallAsync(channel, context => delivery.Kind switch
            {
                DeliveryKind.Post or DeliveryKind.Reply => adapter.PostAsync(context with { Image = image }, delivery, cancellationToken),
                DeliveryKind.Update => adapter.UpdateAsync(context with { Image = image }, delivery, cancellationToken),
                _ => adapter.DeleteAsync(context, delivery, cancellationToken),
            }, cancellationToken);
        }

        await FinishAsync(delivery, channel.Network, holder, attempt, outcome, reconciling: false, cancellationToken);
    }

    /// <summary>
    /// The social card of the delivery's image. An asset deleted since the publish (possible once a later version
    /// stopped using it) no longer exists to send: the words and the link still go out, without it.
    /// </summary>
    private async Task<AttachedImage?> ImageAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.ImageAssetId is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var images = scope.ServiceProvider.GetRequiredService<SharedImages>();
        var image = await images.FindAsync(delivery.ImageAssetId, delivery.ImageAlt ?? "", cancellationToken);
        var file = image is null ? null : await images.FileAsync(image, cancellationToken);
        if (file is null)
        {
            logger.LogInformation("Delivery {DeliveryId} goes without its image: asset {AssetId} is no longer available.", delivery.Id, delivery.ImageAssetId);
            return null;
        }

        return new AttachedImage(file, image!.Alt);
    }

    /// <summary>
    /// Chooses the next state. While reconciling, every failure keeps the delivery unknown (it is never queued
    /// blindly). A wait for budget or a reconnect is not counted as an attempt (<see cref="SendOutcome.IsAttempt"/>;
    /// the store keeps the count), so it neither exhausts the attempts nor backs off.
    /// </summary>
    private async Task FinishAsync(Delivery delivery, SocialNetwork network, string holder, StartedAttempt? attempt, SendOutcome outcome, bool reconciling, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var attempts = attempt?.Number ?? delivery.Attempts;
        var exhausted = attempts >= settings.MaxAttempts;
        var retry = now + Backoff.Delay(attempts, settings.BackoffBase, settings.BackoffCap);
        var pending = reconciling ? DeliveryState.Unknown : DeliveryState.Queued;
        var (state, notBefore) = outcome.Error switch
        {
            null => (DeliveryState.Sent, now),
            ErrorKind.Expired => (DeliveryState.Failed, now),
            ErrorKind.Unverifiable => (DeliveryState.Failed, now),
            ErrorKind.RateLimited => (pending, RateBudgets.PauseUntil(budgets.Limit(network), outcome, now) ?? now),
            ErrorKind.Auth => (pending, now.AddMinutes(1)),
            ErrorKind.Permanent when !reconciling => (DeliveryState.Failed, now),
            ErrorKind.UnknownOutcome when !reconciling => (exhausted ? DeliveryState.Failed : DeliveryState.Unknown, now),
            _ => (exhausted ? DeliveryState.Failed : pending, retry),
        };
        if (outcome.Error is { } error)
        {
            logger.LogInformation("Delivery {DeliveryId} to channel {ChannelId}: {ErrorKind} ({Status}): {Message}", delivery.Id, delivery.ChannelId, error, outcome.Status, outcome.Message);
        }

        await store.FinishAsync(delivery, holder, attempt, outcome, state, notBefore, cancellationToken);
    }
}
