using Portal.Syndication.Networks;

namespace Portal.Syndication.Replies;

/// <summary>What one read (or one webhook) brought: reactions to store or update, ones known deleted, counts, and where to go on next time.</summary>
public sealed record ReactionRead(SendOutcome Outcome)
{
    public IReadOnlyList<RemoteReaction> Reactions { get; init; } = [];

    /// <summary>Remote ids the network said were deleted (a webhook's <c>remove</c>).</summary>
    public IReadOnlyList<string> Deleted { get; init; } = [];

    /// <summary>The read saw the whole conversation under the post: a stored reply it did not see was deleted on the network.</summary>
    public bool Complete { get; init; }

    public PostCounts? Counts { get; init; }

    /// <summary>Where the next read starts (a <c>since_id</c>, a notification id, a Telegram update offset); null keeps the previous one.</summary>
    public string? Cursor { get; init; }

    /// <summary>Our posts whose conversation lives elsewhere, found by this read: our post's remote id and where its conversation is (Telegram's forward).</summary>
    public IReadOnlyList<ThreadLocation> Threads { get; init; } = [];
}

/// <summary>A reaction as the network describes it; the importer sanitises it, threads it and applies blocks.</summary>
public sealed record RemoteReaction(string RemoteId, InteractionKind Kind, RemoteAuthor Author, string Text, DateTime CreatedUtc)
{
    /// <summary>The post answered or quoted.</summary>
    public string? ParentRemoteId { get; init; }

    /// <summary>Our post (or the place of its conversation, see <see cref="ThreadLocation"/>) at the root of the conversation, when the network says.</summary>
    public string? RootRemoteId { get; init; }

    /// <summary>The network's HTML for the words (Mastodon), sanitised before it is stored; otherwise the text is encoded.</summary>
    public string? Html { get; init; }

    public string? Url { get; init; }

    public string? Version { get; init; }

    public DateTime? EditedUtc { get; init; }

    /// <summary>Written by our own account.</summary>
    public bool Mine { get; init; }

    /// <summary>Only public posts are imported: a followers-only or direct post is not ours to keep.</summary>
    public bool Public { get; init; } = true;
}

public sealed record RemoteAuthor(string Id, string Handle, string? Name = null, string? ProfileUrl = null, string? Bio = null);

public sealed record PostCounts(int Likes, int Reposts, int Replies, int Quotes);

/// <summary>Our post <paramref name="PostRemoteId"/> has its conversation at <paramref name="ThreadRemoteId"/>.</summary>
public sealed record ThreadLocation(string PostRemoteId, string ThreadRemoteId);
