using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>One reaction as staff see it: where it sits in its thread, and the answers of ours still on their way.</summary>
public sealed record ReactionView(Interaction Interaction, int Depth, IReadOnlyList<Delivery> PendingAnswers);

/// <summary>The conversation under one of our posts on one channel.</summary>
public sealed record ThreadView(Channel Channel, WatchedPost Post, string? PostUrl, IReadOnlyList<ReactionView> Reactions);

/// <summary>The filters of the conversations page.</summary>
public sealed record ConversationFilter(SocialNetwork? Network = null, string? ItemId = null, InteractionState? State = null, int Page = 1);

/// <summary>A page of reactions, newest first, and how many match in all.</summary>
public sealed record ConversationPage(IReadOnlyList<ReactionView> Reactions, int Total, int PageSize);

/// <summary>Reads the conversations for the admin: an item's threads, and every reaction across networks.</summary>
public sealed class ConversationQuery(PortalDbContext db)
{
    public const int PageSize = 50;

    /// <summary>Each channel's thread under the item's posts, replies under their parents, oldest first.</summary>
    public async Task<IReadOnlyList<ThreadView>> ThreadsAsync(string itemId, CancellationToken cancellationToken)
    {
        var posts = await db.Set<WatchedPost>().AsNoTracking().Where(w => w.ItemId == itemId).OrderBy(w => w.ChannelId).ToListAsync(cancellationToken);
        var postIds = posts.Select(p => p.Id).ToList();
        var reactions = await db.Set<Interaction>().AsNoTracking().Where(i => i.WatchedPostId != null && postIds.Contains(i.WatchedPostId.Value)).ToListAsync(cancellationToken);
        var channels = await db.Set<Channel>().AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var urls = await db.Set<Delivery>().AsNoTracking().Where(d => d.ItemId == itemId && d.Kind == DeliveryKind.Post).ToDictionaryAsync(d => d.Id, d => d.RemoteUrl, cancellationToken);
        var pending = await PendingAnswersAsync(reactions.Select(r => r.Id).ToList(), cancellationToken);
        return [.. posts.Where(p => channels.ContainsKey(p.ChannelId)).Select(p => new ThreadView(
            channels[p.ChannelId], p, urls.GetValueOrDefault(p.DeliveryId), Threaded(p.RemoteId, reactions.Where(r => r.WatchedPostId == p.Id).ToList(), pending)))];
    }

    public async Task<ConversationPage> ListAsync(ConversationFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Set<Interaction>().AsNoTracking().Where(i => !i.Mine);
        if (filter.Network is { } network)
        {
            query = query.Where(i => i.Network == network);
        }

        if (!string.IsNullOrEmpty(filter.ItemId))
        {
            query = query.Where(i => i.ItemId == filter.ItemId);
        }

        if (filter.State is { } state)
        {
            query = query.Where(i => i.State == state);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var pending = await PendingAnswersAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        return new ConversationPage([.. rows.Select(r => new ReactionView(r, 0, pending.GetValueOrDefault(r.Id, [])))], total, PageSize);
    }

    /// <summary>How many reactions wait for an answer: the menu's and the dashboard's figure.</summary>
    public Task<int> NewCountAsync(CancellationToken cancellationToken) =>
        db.Set<Interaction>().CountAsync(i => i.State == InteractionState.New && !i.Mine, cancellationToken);

    /// <summary>Answers queued or failing, shown under the reaction they answer until the answer is in the thread.</summary>
    private async Task<Dictionary<long, IReadOnlyList<Delivery>>> PendingAnswersAsync(List<long> ids, CancellationToken cancellationToken)
    {
        var answers = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.Kind == DeliveryKind.Reply && d.InteractionId != null && ids.Contains(d.InteractionId.Value) && d.State != DeliveryState.Sent)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return answers.GroupBy(d => d.InteractionId!.Value).ToDictionary(g => g.Key, g => (IReadOnlyList<Delivery>)[.. g]);
    }

    /// <summary>Depth-first from our post, so each reply follows what it answers; a reply whose parent is not stored comes at the first level.</summary>
    private static List<ReactionView> Threaded(string postId, List<Interaction> reactions, Dictionary<long, IReadOnlyList<Delivery>> pending)
    {
        var ids = reactions.Select(r => r.RemoteId).ToHashSet(StringComparer.Ordinal);
        var children = reactions.ToLookup(r => r.ParentRemoteId is { } parent && ids.Contains(parent) ? parent : postId);
        var result = new List<ReactionView>();
        var shown = new HashSet<long>();
        void Walk(string parent, int depth)
        {
            // A network's data is not ours to trust: a loop of parents must not hang the page.
            foreach (var reaction in children[parent].OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id).Where(r => shown.Add(r.Id)))
            {
                result.Add(new ReactionView(reaction, depth, pending.GetValueOrDefault(reaction.Id, [])));
                Walk(reaction.RemoteId, depth + 1);
            }
        }

        Walk(postId, 0);
        return result;
    }
}
