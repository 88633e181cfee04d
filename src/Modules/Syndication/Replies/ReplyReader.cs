using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Syndication.Channels;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>
/// Does one claimed piece of reading: a webhook event, a post's conversation, or an account's mentions; imports
/// what it brought and schedules the next read. A refusal for budget waits for the reset the network named, and a
/// network that cannot be read now is tried at the next poll: both are logged as information, since nothing is
/// lost and no one has to act.
/// </summary>
internal sealed class ReplyReader(
    IEnumerable<INetworkListener> listeners,
    IEnumerable<IWebhookReader> webhookReaders,
    ReactionImporter importer,
    ReadBudgets budgets,
    CredentialRefresher credentials,
    IServiceScopeFactory scopes,
    IOptions<ReplyPollingOptions> options,
    IOptions<SyndicationOptions> syndication,
    TimeProvider clock,
    ILogger<ReplyReader> logger)
{
    private const int MaxEventAttempts = 5;

    private readonly Dictionary<SocialNetwork, INetworkListener> _listeners = listeners.ToDictionary(l => l.Network);
    private readonly Dictionary<SocialNetwork, IWebhookReader> _webhooks = webhookReaders.ToDictionary(r => r.Network);

    public IReadOnlySet<SocialNetwork> Networks => _listeners.Keys.ToHashSet();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task ProcessAsync(InboundEvent inbound, string holder, CancellationToken cancellationToken)
    {
        string? error = null;
        var early = false;
        try
        {
            var channel = await ChannelAsync(inbound.ChannelId, cancellationToken);
            if (channel is not null && _webhooks.TryGetValue(inbound.Network, out var reader))
            {
                early = (await importer.ImportAsync(channel, reader.Read(inbound.Payload), null, cancellationToken)).Early;
            }
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Webhook event {EventId} from {Network} could not be read.", inbound.Id, inbound.Network);
            error = ex.Message;
        }

        await InScopeAsync(async db =>
        {
            var failed = error is not null;
            var state = early ? InboundEventState.Pending
                : !failed ? InboundEventState.Done
                : inbound.Attempts + 1 >= MaxEventAttempts ? InboundEventState.Failed : InboundEventState.Pending;

            // An early event is no failed attempt: it is taken again once the send it came before is recorded.
            await db.Set<InboundEvent>().Where(e => e.Id == inbound.Id && e.LeaseHolder == holder).ExecuteUpdateAsync(s => s
                .SetProperty(e => e.State, state)
                .SetProperty(e => e.Attempts, e => early ? e.Attempts : e.Attempts + 1)
                .SetProperty(e => e.ProcessedUtc, Now)
                .SetProperty(e => e.LastError, error == null ? null : Cut(error, InboundEvent.ErrorLength))
                .SetProperty(e => e.LeaseHolder, (string?)null)
                .SetProperty(e => e.LeaseUntilUtc, failed || early ? Now + options.Value.PollInterval : null), cancellationToken);
        }, cancellationToken);
    }

    public async Task ReadThreadAsync(WatchedPost post, string holder, CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(post.ChannelId, cancellationToken);
        var settings = options.Value;
        DateTime? next;
        string? error = null;
        if (channel is null || !_listeners.TryGetValue(channel.Network, out var listener))
        {
            next = null;
        }
        else if (await budgets.TakeAsync(channel, Now, cancellationToken) is { } later)
        {
            next = later;
        }
        else
        {
            var window = new LookupWindow(post.PostedUtc - syndication.Value.LookupClockSkew, settings.MaxPages);
            var read = await ReadAsync(channel, context => listener.ReadThreadAsync(context with { Lookup = window }, post, cancellationToken), cancellationToken);
            if (read.Outcome.Succeeded)
            {
                await importer.ImportAsync(channel, read, post, cancellationToken);
                next = settings.NextPoll(post.PostedUtc, Now);
            }
            else
            {
                error = read.Outcome.Message;
                next = Retry(channel, read.Outcome, settings.EffectiveStages[0].Every);
            }
        }

        await InScopeAsync(db => db.Set<WatchedPost>().Where(w => w.Id == post.Id && w.LeaseHolder == holder).ExecuteUpdateAsync(s => s
            .SetProperty(w => w.NextPollUtc, next)
            .SetProperty(w => w.LastPolledUtc, Now)
            .SetProperty(w => w.LastError, error == null ? null : Cut(error, Delivery.ErrorLength))
            .SetProperty(w => w.LeaseHolder, (string?)null)
            .SetProperty(w => w.LeaseUntilUtc, (DateTime?)null), cancellationToken), cancellationToken);
    }

    public async Task ReadMentionsAsync(Channel channel, string holder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var next = Now + settings.MentionsEvery;
        string? cursor = null;
        if (await budgets.TakeAsync(channel, Now, cancellationToken) is { } later)
        {
            next = later;
        }
        else if (_listeners.TryGetValue(channel.Network, out var listener))
        {
            // Mentions are read back to the cursor, as many pages as a conversation may take.
            var window = new LookupWindow(DateTime.MinValue, settings.MaxPages);
            var read = await ReadAsync(channel, context => listener.ReadMentionsAsync(context with { Lookup = window }, channel.MentionsCursor, cancellationToken), cancellationToken);
            if (read.Outcome.Succeeded)
            {
                // An early read is read again from the same cursor: confirming it would lose the post's conversation.
                var imported = await importer.ImportAsync(channel, read, null, cancellationToken);
                cursor = imported.Early ? null : read.Cursor;
                next = imported.Early ? Now + settings.PollInterval : next;
            }
            else
            {
                next = Retry(channel, read.Outcome, settings.MentionsEvery);
            }
        }

        await InScopeAsync(db => db.Set<Channel>().Where(c => c.Id == channel.Id && c.MentionsLeaseHolder == holder).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.NextMentionsUtc, next)
            .SetProperty(c => c.MentionsCursor, c => cursor ?? c.MentionsCursor)
            .SetProperty(c => c.MentionsLeaseHolder, (string?)null)
            .SetProperty(c => c.MentionsLeaseUntilUtc, (DateTime?)null), cancellationToken), cancellationToken);
    }

    /// <summary>Calls the listener with fresh credentials (renewed as for a post), then corrects the read budget with the answer.</summary>
    private async Task<ReactionRead> ReadAsync(Channel channel, Func<AdapterContext, Task<ReactionRead>> read, CancellationToken cancellationToken)
    {
        ReactionRead? result = null;
        var outcome = await credentials.CallAsync(channel, async context =>
        {
            result = await read(context);
            return result.Outcome;
        }, cancellationToken);
        result = result is not null && ReferenceEquals(result.Outcome, outcome) ? result : new ReactionRead(outcome);
        await budgets.RecordAsync(channel, result.Outcome, Now, cancellationToken);
        return result;
    }

    /// <summary>After a refusal: the network's reset for want of budget; otherwise the next regular read.</summary>
    private DateTime Retry(Channel channel, SendOutcome outcome, TimeSpan every)
    {
        logger.LogInformation("Reading channel {ChannelId} ({Network}) waits: {ErrorKind} ({Status}): {Message}", channel.Id, channel.Network, outcome.Error, outcome.Status, outcome.Message);
        return RateBudgets.PauseUntil(budgets.Limit(channel.Network), outcome, Now) ?? Now + every;
    }

    private async Task<Channel?> ChannelAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Channel>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    private async Task InScopeAsync(Func<PortalDbContext, Task> work, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
