using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Replies;

/// <summary>
/// What one import changed. <see cref="Early"/>: it placed a conversation (Telegram's automatic forward) for a post
/// not watched yet while a post of the channel was being sent, so it came before the send was recorded and must be
/// read again, or the post's replies would never be found under it.
/// </summary>
public sealed record ImportResult(int Added, int Updated, int Removed, bool Early = false)
{
    public bool Changed => Added + Updated + Removed > 0;
}

/// <summary>
/// Stores what a read or a webhook brought, in one transaction: each reaction once per (channel, remote id),
/// threaded to our post and content item through its root or its parent, updated when edited, removed when deleted
/// (or when a complete read of its conversation no longer has it), and not kept at all when it is not public, its
/// author is blocked or asks bridges to leave them alone (<c>#nobot</c>, <c>#nobridge</c>). A webhook and a poll
/// importing the same reply at once meet at the unique index; the loser imports again and finds it stored.
/// </summary>
internal sealed class ReactionImporter(IUnitOfWorkRunner runner, ReplySanitizer sanitizer, TimeProvider clock)
{
    private static readonly string[] OptOutTags = ["#nobot", "#nobridge"];

    public async Task<ImportResult> ImportAsync(Channel channel, ReactionRead read, WatchedPost? polled, CancellationToken cancellationToken)
    {
        try
        {
            return await runner.RunAsync((services, ct) => ImportOnceAsync(services, channel, read, polled, ct), cancellationToken);
        }
        catch (Exception ex) when (UniqueViolation.Is(ex))
        {
            return await runner.RunAsync((services, ct) => ImportOnceAsync(services, channel, read, polled, ct), cancellationToken);
        }
    }

    private async Task<ImportResult> ImportOnceAsync(IServiceProvider services, Channel channel, ReactionRead read, WatchedPost? polled, CancellationToken cancellationToken)
    {
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        var db = unitOfWork.Db;
        var now = clock.GetUtcNow().UtcDateTime;

        var unplaced = false;
        foreach (var thread in read.Threads)
        {
            unplaced |= await db.Set<WatchedPost>().Where(w => w.ChannelId == channel.Id && w.RemoteId == thread.PostRemoteId)
                .ExecuteUpdateAsync(s => s.SetProperty(w => w.ThreadRemoteId, thread.ThreadRemoteId), cancellationToken) == 0;
        }

        // The network announces the post's conversation while our send still waits for its answer (a webhook comes
        // at once): only a send under a live lease counts, so a forward of a post not ours is let go within a lease.
        var early = unplaced && await db.Set<Delivery>().AnyAsync(
            d => d.ChannelId == channel.Id && d.Kind == DeliveryKind.Post && d.State == DeliveryState.Sending && d.LeaseUntilUtc > now, cancellationToken);

        var blocks = await db.Set<BlockedSender>().AsNoTracking().Where(b => b.Network == channel.Network).ToListAsync(cancellationToken);
        var ids = read.Reactions.Select(r => r.RemoteId).Concat(read.Deleted).Distinct().ToList();
        var stored = await db.Set<Interaction>().Where(i => i.ChannelId == channel.Id && ids.Contains(i.RemoteId)).ToDictionaryAsync(i => i.RemoteId, cancellationToken);
        var threads = await ThreadsAsync(db, channel, read, polled, cancellationToken);
        var notices = await NoticesAsync(db, channel, read, cancellationToken);
        var (added, updated, removed) = (0, 0, 0);

        foreach (var reaction in read.Reactions.OrderBy(r => r.CreatedUtc))
        {
            stored.TryGetValue(reaction.RemoteId, out var existing);
            if (!reaction.Public || OptsOut(reaction.Author) || Blocked(blocks, reaction.Author))
            {
                if (existing is not null)
                {
                    db.Remove(existing);
                    removed++;
                }

                continue;
            }

            var post = threads.Of(reaction);
            var (html, text) = sanitizer.Clean(reaction);
            if (existing is null)
            {
                var interaction = new Interaction
                {
                    Network = channel.Network,
                    ChannelId = channel.Id,
                    RemoteId = reaction.RemoteId,
                    ImportedUtc = now,
                    CreatedUtc = reaction.CreatedUtc,
                    Kind = post is not null && reaction.Kind == InteractionKind.Mention ? InteractionKind.Reply : reaction.Kind,
                    Mine = reaction.Mine,
                    State = reaction.Mine ? InteractionState.Answered : InteractionState.New,
                };
                Fill(interaction, reaction, post, html, text);
                db.Add(interaction);
                stored[reaction.RemoteId] = interaction;
                added++;
            }
            else if (existing.Erased)
            {
                // The citizen's data was erased here (their right, or the retention calendar); the network may still
                // show the reply, but reading it again must not bring it back.
            }
            else if (existing.Text != text || existing.Html != html || (reaction.EditedUtc is not null && existing.EditedUtc != reaction.EditedUtc) || existing.RemoteVersion != reaction.Version
                || (existing.WatchedPostId is null && post is not null))
            {
                Fill(existing, reaction, post ?? threads.Post(existing.WatchedPostId), html, text);
                updated++;
            }

            threads.Remember(reaction.RemoteId, post);
            if (reaction.Mine && existing is not { Notice: true } && reaction.ParentRemoteId is { } parent && !notices.Contains((parent, reaction.RemoteId))
                && stored.GetValueOrDefault(parent) is { State: InteractionState.New } answered)
            {
                answered.State = InteractionState.Answered;
            }
        }

        removed += await RemoveDeletedAsync(db, channel, read, polled, stored, cancellationToken);
        if (polled is not null && read.Counts is { } counts)
        {
            await db.Set<WatchedPost>().Where(w => w.Id == polled.Id).ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Likes, counts.Likes).SetProperty(w => w.Reposts, counts.Reposts)
                .SetProperty(w => w.Replies, counts.Replies).SetProperty(w => w.Quotes, counts.Quotes)
                .SetProperty(w => w.CountsUtc, now), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = new ImportResult(added, updated, removed, early);
        if (result.Changed)
        {
            ReplyWake.AfterImport(unitOfWork);
        }

        return result;
    }

    /// <summary>
    /// Deletions: those the network named, and, after a read that saw the whole conversation under a post, the
    /// citizens' replies stored under it that the read no longer has. Our own answers are kept: a network's search
    /// may not list a reply it accepted a moment ago.
    /// </summary>
    private static async Task<int> RemoveDeletedAsync(PortalDbContext db, Channel channel, ReactionRead read, WatchedPost? polled, Dictionary<string, Interaction> stored, CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var id in read.Deleted)
        {
            if (stored.Remove(id, out var deleted))
            {
                db.Remove(deleted);
                removed++;
            }
        }

        if (read.Complete && polled is not null)
        {
            var seen = read.Reactions.Select(r => r.RemoteId).ToHashSet(StringComparer.Ordinal);
            var gone = await db.Set<Interaction>()
                .Where(i => i.ChannelId == channel.Id && i.WatchedPostId == polled.Id && i.Kind == InteractionKind.Reply && !i.Mine)
                .ToListAsync(cancellationToken);
            foreach (var interaction in gone.Where(i => !seen.Contains(i.RemoteId)))
            {
                db.Remove(interaction);
                removed++;
            }
        }

        return removed;
    }

    private static void Fill(Interaction interaction, RemoteReaction reaction, WatchedPost? post, string html, string text)
    {
        interaction.RemoteVersion = reaction.Version;
        interaction.ParentRemoteId = reaction.ParentRemoteId;
        interaction.WatchedPostId = post?.Id;
        interaction.DeliveryId = post?.DeliveryId;
        interaction.ItemId = post?.ItemId;
        interaction.AuthorId = Cut(reaction.Author.Id, Interaction.HandleLength);
        interaction.AuthorHandle = Cut(reaction.Author.Handle, Interaction.HandleLength);
        interaction.AuthorName = reaction.Author.Name is null ? null : Cut(reaction.Author.Name, Interaction.NameLength);
        interaction.AuthorUrl = reaction.Author.ProfileUrl is { Length: <= Interaction.UrlLength } url ? url : null;
        interaction.Url = reaction.Url is { Length: <= Interaction.UrlLength } link ? link : null;
        interaction.Text = Cut(text, Interaction.TextLength);
        interaction.Html = html;
        // A read that cannot tell when a post was edited (Facebook's comments edge) keeps what a webhook said.
        interaction.EditedUtc = reaction.EditedUtc ?? interaction.EditedUtc;
    }

    private static bool OptsOut(RemoteAuthor author) =>
        author.Bio is { } bio && OptOutTags.Any(tag => bio.Contains(tag, StringComparison.OrdinalIgnoreCase));

    private static bool Blocked(List<BlockedSender> blocks, RemoteAuthor author) =>
        blocks.Any(b => b.Scope == BlockScope.Account
            ? string.Equals(Normalized(b.Value), Normalized(author.Handle), StringComparison.OrdinalIgnoreCase)
            : BlockList.DomainOf(author.Handle) is { } domain && (domain.Equals(b.Value, StringComparison.OrdinalIgnoreCase) || domain.EndsWith("." + b.Value, StringComparison.OrdinalIgnoreCase)));

    private static string Normalized(string handle) => handle.TrimStart('@');

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>
    /// Our receipts and survey invitations under the reactions read, by parent and remote id; one still being sent,
    /// whose remote id is not recorded yet, may be any of our replies read under its parent: they answer nothing.
    /// </summary>
    private static async Task<HashSet<(string Parent, string RemoteId)>> NoticesAsync(PortalDbContext db, Channel channel, ReactionRead read, CancellationToken cancellationToken)
    {
        var parents = read.Reactions.Where(r => r.Mine && r.ParentRemoteId is not null).Select(r => r.ParentRemoteId!).Distinct().ToList();
        if (parents.Count == 0)
        {
            return [];
        }

        var notices = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.ChannelId == channel.Id && d.Kind == DeliveryKind.Reply && d.Notice && parents.Contains(d.ReplyToRemoteId!))
            .Select(d => new { Parent = d.ReplyToRemoteId!, d.RemoteId }).ToListAsync(cancellationToken);
        return [.. read.Reactions.Where(r => r.Mine && r.ParentRemoteId is not null)
            .Where(r => notices.Any(n => n.Parent == r.ParentRemoteId && (n.RemoteId == null || n.RemoteId == r.RemoteId)))
            .Select(r => (r.ParentRemoteId!, r.RemoteId))];
    }

    /// <summary>Our posts the reactions of this import belong to, found by root, by parent, or by the stored parent.</summary>
    private static async Task<ThreadMap> ThreadsAsync(PortalDbContext db, Channel channel, ReactionRead read, WatchedPost? polled, CancellationToken cancellationToken)
    {
        var keys = read.Reactions.SelectMany(r => new[] { r.RootRemoteId, r.ParentRemoteId }).OfType<string>().Distinct().ToList();
        var posts = await db.Set<WatchedPost>().AsNoTracking()
            .Where(w => w.ChannelId == channel.Id && (keys.Contains(w.RemoteId) || (w.ThreadRemoteId != null && keys.Contains(w.ThreadRemoteId))))
            .ToListAsync(cancellationToken);
        var parents = await db.Set<Interaction>().AsNoTracking()
            .Where(i => i.ChannelId == channel.Id && keys.Contains(i.RemoteId) && i.WatchedPostId != null)
            .Select(i => new { i.RemoteId, i.WatchedPostId }).ToListAsync(cancellationToken);
        var parentPosts = parents.Select(p => p.WatchedPostId!.Value).Except(posts.Select(p => p.Id)).ToList();
        posts.AddRange(await db.Set<WatchedPost>().AsNoTracking().Where(w => parentPosts.Contains(w.Id)).ToListAsync(cancellationToken));
        if (polled is not null && posts.All(p => p.Id != polled.Id))
        {
            posts.Add(polled);
        }

        var map = new ThreadMap(posts);
        foreach (var parent in parents)
        {
            map.Remember(parent.RemoteId, map.Post(parent.WatchedPostId));
        }

        return map;
    }

    /// <summary>Remote ids (our posts, their conversations' places, reactions) and the watched post each belongs to.</summary>
    private sealed class ThreadMap
    {
        private readonly Dictionary<long, WatchedPost> _posts;
        private readonly Dictionary<string, WatchedPost> _byRemoteId = new(StringComparer.Ordinal);

        public ThreadMap(List<WatchedPost> posts)
        {
            _posts = posts.ToDictionary(p => p.Id);
            foreach (var post in posts)
            {
                _byRemoteId[post.RemoteId] = post;
                if (post.ThreadRemoteId is { } thread)
                {
                    _byRemoteId[thread] = post;
                }
            }
        }

        public WatchedPost? Post(long? id) => id is { } key ? _posts.GetValueOrDefault(key) : null;

        public WatchedPost? Of(RemoteReaction reaction) =>
            (reaction.RootRemoteId is { } root ? _byRemoteId.GetValueOrDefault(root) : null)
            ?? (reaction.ParentRemoteId is { } parent ? _byRemoteId.GetValueOrDefault(parent) : null);

        public void Remember(string remoteId, WatchedPost? post)
        {
            if (post is not null)
            {
                _byRemoteId.TryAdd(remoteId, post);
            }
        }
    }
}
