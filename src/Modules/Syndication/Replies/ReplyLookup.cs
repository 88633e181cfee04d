using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>
/// Settles an answer whose outcome is unknown on a network without server-side deduplication: the conversation is
/// read and our own reply with the same words under the same parent adopted. Not there after a complete read means
/// not sent; a network whose conversation cannot be read whole (Telegram) cannot say, so the answer stops for a
/// person to check rather than risk answering the citizen twice.
/// </summary>
internal sealed class ReplyLookup(IEnumerable<INetworkListener> listeners, ReplySanitizer sanitizer, IServiceScopeFactory scopes)
{
    private readonly Dictionary<SocialNetwork, INetworkListener> _listeners = listeners.ToDictionary(l => l.Network);

    public async Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken)
    {
        var network = context.Channel.Network;
        var root = delivery.ReplyRootRemoteId ?? delivery.ReplyToRemoteId ?? "";
        if (!_listeners.TryGetValue(network, out var listener))
        {
            return Unverifiable(network);
        }

        await using var scope = scopes.CreateAsyncScope();
        var post = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WatchedPost>().AsNoTracking()
            .FirstOrDefaultAsync(w => w.ChannelId == context.Channel.Id && w.RemoteId == root, cancellationToken)
            ?? new WatchedPost { ChannelId = context.Channel.Id, Network = network, RemoteId = root, PostedUtc = delivery.CreatedUtc };
        var read = await listener.ReadThreadAsync(context, post, cancellationToken);
        if (!read.Outcome.Succeeded)
        {
            return read.Outcome;
        }

        var words = Normalized(delivery.Text);
        var mine = read.Reactions.FirstOrDefault(r => r.Mine && r.ParentRemoteId == delivery.ReplyToRemoteId && Normalized(sanitizer.Clean(r).Text) == words);
        return mine is not null ? read.Outcome with { RemoteId = mine.RemoteId, RemoteUrl = mine.Url }
            : read.Complete ? null
            : Unverifiable(network);
    }

    private static SendOutcome Unverifiable(SocialNetwork network) =>
        new($"lookup {network}", null, null, 0) { Error = ErrorKind.Unverifiable, Message = "The conversation cannot be read whole on this network, so the answer cannot be checked." };

    private static string Normalized(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
