using Portal.Syndication.Deliveries;

namespace Portal.Syndication.Networks;

/// <summary>One network's API: post, find a post whose outcome is unknown, edit, delete.</summary>
public interface INetworkAdapter
{
    SocialNetwork Network { get; }

    /// <summary>Whether the network lets a post be edited; when not, an update is a delete and a new post.</summary>
    bool CanEdit { get; }

    /// <summary>Whether posting again is harmless (Mastodon's key, Bluesky's record key): then an unknown outcome is settled by posting again at once.</summary>
    bool RepeatIsSafe { get; }

    Task<SendOutcome> PostAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken);

    /// <summary>Looks for the delivery's post (by its key or its tracking link).</summary>
    /// <returns>A success carrying the remote id when found; null when it is not there; a failure when the network could not be read.</returns>
    Task<SendOutcome?> FindAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken);

    Task<SendOutcome> UpdateAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken);

    Task<SendOutcome> DeleteAsync(AdapterContext context, Delivery delivery, CancellationToken cancellationToken);
}
