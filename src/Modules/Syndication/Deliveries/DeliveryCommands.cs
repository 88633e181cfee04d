using Microsoft.EntityFrameworkCore;
using Portal.Core.Content;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Messages;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Deliveries;

/// <summary>What staff can do to deliveries from the admin.</summary>
public sealed class DeliveryCommands(
    IUnitOfWork unitOfWork,
    IContentManager contents,
    MessagePlanner planner,
    IEnumerable<INetworkAdapter> adapters,
    TimeProvider clock)
{
    /// <summary>
    /// "Reintentar": the same delivery, with the same key and tracking link, goes back to the queue with a fresh set
    /// of attempts and a fresh maximum age (an expired post is sent because someone asked for it now).
    /// </summary>
    /// <returns>False when the delivery is not a failed one.</returns>
    public async Task<bool> RetryAsync(long deliveryId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var retried = await unitOfWork.Db.Set<Delivery>().Where(d => d.Id == deliveryId && d.State == DeliveryState.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Queued).SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NotBeforeUtc, now).SetProperty(d => d.QueuedUtc, now), cancellationToken);
        if (retried == 1)
        {
            DeliveryWake.AfterCommit(unitOfWork);
        }

        return retried == 1;
    }

    /// <summary>
    /// Queues an update (the published version's text, same tracking link) or a deletion of every post the item
    /// has on a network that allows it. A post already being updated or deleted for this version is left alone.
    /// </summary>
    /// <returns>How many deliveries were queued.</returns>
    public async Task<int> FollowUpAsync(string itemId, DeliveryKind kind, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var version = await contents.GetAsync(itemId, kind == DeliveryKind.Update ? VersionOptions.Published : VersionOptions.Latest, cancellationToken);
        if (version is null)
        {
            return 0;
        }

        var posts = await db.Set<Delivery>().AsNoTracking().Where(d => d.ItemId == itemId && d.Kind == DeliveryKind.Post && d.State == DeliveryState.Sent).ToListAsync(cancellationToken);
        var existing = await db.Set<Delivery>().AsNoTracking().Where(d => d.ItemId == itemId && d.VersionId == version.VersionId && d.Kind == kind).Select(d => d.ChannelId).ToListAsync(cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var editable = adapters.Where(a => a.CanEdit).Select(a => a.Network).ToHashSet();
        var plans = kind == DeliveryKind.Update ? await planner.PlanAsync(version, contents.GetModel(version), cancellationToken) : [];
        var now = clock.GetUtcNow().UtcDateTime;

        await unitOfWork.BeginAsync(cancellationToken);
        var queued = 0;
        foreach (var post in posts.Where(p => !existing.Contains(p.ChannelId) && channels.ContainsKey(p.ChannelId)))
        {
            var plan = plans.FirstOrDefault(p => p.Channel.Id == post.ChannelId);
            if (kind == DeliveryKind.Update && (!editable.Contains(channels[post.ChannelId].Network) || plan is not { Fits: true }))
            {
                continue;
            }

            db.Add(new Delivery
            {
                ItemId = itemId,
                VersionId = version.VersionId,
                ContentType = post.ContentType,
                ChannelId = post.ChannelId,
                Kind = kind,
                Text = plan is null ? "" : MessagePlanner.WithCode(plan, post.TrackingCode),
                Link = post.Link,
                TargetUrl = post.TargetUrl,
                IdempotencyKey = post.IdempotencyKey,
                TrackingCode = TrackingCodes.New(),
                // An edit changes the words; the post keeps the image it was published with.
                ImageAssetId = post.ImageAssetId,
                ImageAlt = post.ImageAlt,
                State = DeliveryState.Queued,
                NotBeforeUtc = now,
                CreatedUtc = now,
                RemoteId = post.RemoteId,
                RemoteUrl = post.RemoteUrl,
            });
            queued++;
        }

        await db.SaveChangesAsync(cancellationToken);
        DeliveryWake.AfterCommit(unitOfWork);
        return queued;
    }
}
