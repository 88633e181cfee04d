using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.Content;
using Portal.Core.Data;
using Portal.Core.UnitOfWork;
using Portal.Syndication.Channels;
using Portal.Syndication.Counting;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Messages;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>The outcome of queueing an answer: the delivery, or what the person must fix.</summary>
public sealed record AnswerResult(long? DeliveryId, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Queues a staff answer to a reaction as a delivery of kind <see cref="DeliveryKind.Reply"/>, so it goes out with
/// the posts' guarantees: once, retried, within the budget, and explained when it fails. The answer's id comes from
/// the form that was shown: the same form sent twice finds its delivery instead of queueing a second answer.
/// </summary>
public sealed class AnswerCommands(IUnitOfWork unitOfWork, IStringLocalizer<SyndicationResources> S, TimeProvider clock)
{
    /// <summary>The answer id is the delivery's version id, as long as a content item's id (what the column holds).</summary>
    public const int AnswerIdLength = ContentItem.IdLength;

    /// <summary>A fresh answer id for a form: 104 random bits in lower-case hex.</summary>
    public static string NewAnswerId() => Guid.NewGuid().ToString("N")[..AnswerIdLength];

    /// <summary>The text as it will be sent: a Mastodon answer names its author, or the author would not be told.</summary>
    public static string Outgoing(Interaction interaction, string text)
    {
        var trimmed = text.Trim();
        if (interaction.Network != SocialNetwork.Mastodon)
        {
            return trimmed;
        }

        var mention = "@" + interaction.AuthorHandle.TrimStart('@');
        return trimmed.Contains(mention, StringComparison.OrdinalIgnoreCase) ? trimmed : mention + " " + trimmed;
    }

    public async Task<AnswerResult> QueueAsync(long interactionId, string answerId, string text, bool notice, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var interaction = await db.Set<Interaction>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == interactionId, cancellationToken);
        var channel = interaction is null ? null : await db.Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == interaction.ChannelId, cancellationToken);
        if (interaction is null || channel is null || interaction.Mine)
        {
            return Failed(S["Answer_NotFound"]);
        }

        if (answerId.Length != AnswerIdLength || !answerId.All(char.IsAsciiHexDigitLower))
        {
            return Failed(S["Answer_Expired"]);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Failed(S["Answer_Empty"]);
        }

        if (channel.State == ChannelState.Disabled)
        {
            return Failed(S["Answer_ChannelDisabled", channel.Name]);
        }

        var outgoing = Outgoing(interaction, text);
        var count = NetworkCounters.For(channel.Network).Count(outgoing, new CountingOptions(MaxCharacters: channel.MaxCharacters));
        if (count.FirstExceeded is { } exceeded)
        {
            return Failed(S["Answer_TooLong", channel.Name, exceeded.Used, exceeded.Limit, S[SyndicationTexts.Unit[exceeded.Unit]]]);
        }

        var itemId = interaction.ItemId ?? "";
        var existing = await Existing(db, itemId, answerId, channel.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new AnswerResult(existing, []);
        }

        var root = await db.Set<WatchedPost>().AsNoTracking().Where(w => w.Id == interaction.WatchedPostId).Select(w => w.RemoteId).SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var delivery = new Delivery
        {
            ItemId = itemId,
            VersionId = answerId,
            ChannelId = channel.Id,
            Kind = DeliveryKind.Reply,
            Text = outgoing,
            IdempotencyKey = channel.Network == SocialNetwork.Bluesky ? Tid.New(now) : Guid.NewGuid().ToString("N"),
            TrackingCode = TrackingCodes.New(),
            State = DeliveryState.Queued,
            NotBeforeUtc = now,
            CreatedUtc = now,
            InteractionId = interaction.Id,
            ReplyToRemoteId = interaction.RemoteId,
            ReplyToVersion = interaction.RemoteVersion,
            ReplyRootRemoteId = root ?? interaction.RemoteId,
            ReplyRootVersion = root is null ? interaction.RemoteVersion : null,
            Notice = notice,
        };

        await unitOfWork.BeginAsync(cancellationToken);
        db.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // The same form, sent twice at once: the other request queued the answer.
            await unitOfWork.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new AnswerResult(await Existing(db, itemId, answerId, channel.Id).SingleAsync(cancellationToken), []);
        }

        DeliveryWake.AfterCommit(unitOfWork);
        return new AnswerResult(delivery.Id, []);
    }

    private static IQueryable<long?> Existing(PortalDbContext db, string itemId, string answerId, int channelId) =>
        db.Set<Delivery>().Where(d => d.ItemId == itemId && d.VersionId == answerId && d.ChannelId == channelId && d.Kind == DeliveryKind.Reply).Select(d => (long?)d.Id);

    private static AnswerResult Failed(string error) => new(null, [error]);
}
