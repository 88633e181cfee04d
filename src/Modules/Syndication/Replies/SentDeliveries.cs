using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>
/// What a delivery's success means for the conversations, written in the transaction that records it: a post is
/// watched from now on, a deleted post no longer, and an answer is stored as ours in the thread (so staff see it
/// at once, before any read brings it back) with the reaction it answers marked answered.
/// </summary>
internal sealed class SentDeliveries(IOptions<ReplyPollingOptions> options)
{
    public async Task RecordAsync(PortalDbContext db, Delivery delivery, SendOutcome outcome, DateTime now, CancellationToken cancellationToken)
    {
        var remoteId = outcome.RemoteId ?? delivery.RemoteId;
        if (remoteId is null)
        {
            return;
        }

        switch (delivery.Kind)
        {
            case DeliveryKind.Post when !await db.Set<WatchedPost>().AnyAsync(w => w.DeliveryId == delivery.Id, cancellationToken):
                var network = await db.Set<Channel>().Where(c => c.Id == delivery.ChannelId).Select(c => c.Network).SingleAsync(cancellationToken);
                db.Add(new WatchedPost
                {
                    DeliveryId = delivery.Id,
                    ChannelId = delivery.ChannelId,
                    Network = network,
                    RemoteId = remoteId,
                    ItemId = delivery.ItemId,
                    PostedUtc = now,
                    NextPollUtc = options.Value.NextPoll(now, now),
                });
                break;
            case DeliveryKind.Delete:
                await db.Set<WatchedPost>().Where(w => w.ChannelId == delivery.ChannelId && w.RemoteId == remoteId)
                    .ExecuteUpdateAsync(s => s.SetProperty(w => w.NextPollUtc, (DateTime?)null), cancellationToken);
                break;
            case DeliveryKind.Reply when delivery.InteractionId is { } answered:
                await RecordAnswerAsync(db, delivery, answered, remoteId, outcome.RemoteUrl ?? delivery.RemoteUrl, now, cancellationToken);
                break;
        }
    }

    private static async Task RecordAnswerAsync(PortalDbContext db, Delivery delivery, long answered, string remoteId, string? url, DateTime now, CancellationToken cancellationToken)
    {
        var parent = await db.Set<Interaction>().SingleOrDefaultAsync(i => i.Id == answered, cancellationToken);
        if (parent is null)
        {
            return;
        }

        if (!delivery.Notice)
        {
            parent.State = InteractionState.Answered;
        }

        // A poll may have read our reply back before this: it is ours all the same, and a notice still.
        if (await db.Set<Interaction>().SingleOrDefaultAsync(i => i.ChannelId == delivery.ChannelId && i.RemoteId == remoteId, cancellationToken) is { } read)
        {
            read.Notice = delivery.Notice;
            return;
        }

        var account = await db.Set<Channel>().Where(c => c.Id == delivery.ChannelId).Select(c => c.Account).SingleAsync(cancellationToken);
        db.Add(new Interaction
        {
            Network = parent.Network,
            ChannelId = delivery.ChannelId,
            RemoteId = remoteId,
            Kind = InteractionKind.Reply,
            ParentRemoteId = parent.RemoteId,
            WatchedPostId = parent.WatchedPostId,
            DeliveryId = parent.DeliveryId,
            ItemId = parent.ItemId,
            AuthorId = account,
            AuthorHandle = account,
            Text = delivery.Text,
            Html = System.Net.WebUtility.HtmlEncode(delivery.Text).ReplaceLineEndings("<br>"),
            Url = url,
            Mine = true,
            Notice = delivery.Notice,
            CreatedUtc = now,
            ImportedUtc = now,
            State = InteractionState.Answered,
        });
    }
}
