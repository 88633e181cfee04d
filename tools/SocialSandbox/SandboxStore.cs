namespace SocialSandbox;

/// <summary>A post the sandbox accepted, as a network would keep it.</summary>
public sealed record SandboxPost(
    string Network,
    string Id,
    string Account,
    string Text,
    string Url,
    DateTime CreatedUtc,
    string? IdempotencyKey)
{
    public bool Deleted { get; set; }

    public int Edits { get; set; }

    /// <summary>"post" for the portal's own posts; for what a citizen wrote: "reply", "quote" or "mention".</summary>
    public string Kind { get; init; } = "post";

    /// <summary>The post this one answers (a reply), or quotes (a quote).</summary>
    public string? ParentId { get; init; }

    /// <summary>The first post of the conversation (the portal's post under which citizens answer).</summary>
    public string? RootId { get; init; }

    public string? AuthorName { get; init; }

    /// <summary>The author's profile text, where <c>#nobot</c> asks bridges to leave them alone.</summary>
    public string? Bio { get; init; }

    public DateTime? EditedUtc { get; init; }

    public int Likes { get; set; }

    public int Reposts { get; set; }

    /// <summary>The images attached to the post, with the alt text the network was given.</summary>
    public IReadOnlyList<SandboxMedia> Media { get; set; } = [];
}

/// <summary>An uploaded image: its size and type, and its alt text (set with the upload or afterwards, as the network allows).</summary>
public sealed record SandboxMedia(string Network, string Id, long Length, string ContentType)
{
    public string? Alt { get; set; }
}

/// <summary>A request as the sandbox saw it, for tests that assert what was (not) sent.</summary>
public sealed record SandboxRequest(string Network, string Method, string Path, string Operation, int Status, string? Fault, DateTime ReceivedUtc);

/// <summary>Everything in memory: a restart is a clean network.</summary>
public sealed class SandboxStore
{
    private readonly Lock _gate = new();
    private readonly List<SandboxPost> _posts = [];
    private readonly List<SandboxRequest> _requests = [];
    private readonly List<SandboxMedia> _media = [];
    private long _nextId = 1000;

    public SandboxPost Add(string network, string account, string text, Func<string, string> url, string? idempotencyKey = null, string? id = null, IReadOnlyList<SandboxMedia>? media = null)
    {
        lock (_gate)
        {
            return AddLocked(network, account, text, url, idempotencyKey, id, media);
        }
    }

    /// <summary>
    /// The post <paramref name="existing"/> finds, or a new one, in one step: like a network's own uniqueness (a
    /// Bluesky record key, a Mastodon idempotency key), two requests at once cannot both create.
    /// </summary>
    public (SandboxPost Post, bool Created) FindOrAdd(
        string network, Func<SandboxPost, bool> existing, string account, string text, Func<string, string> url, string? idempotencyKey = null, string? id = null, IReadOnlyList<SandboxMedia>? media = null)
    {
        lock (_gate)
        {
            return _posts.LastOrDefault(p => p.Network == network && existing(p)) is { } found
                ? (found, false)
                : (AddLocked(network, account, text, url, idempotencyKey, id, media), true);
        }
    }

    private SandboxPost AddLocked(string network, string account, string text, Func<string, string> url, string? idempotencyKey, string? id, IReadOnlyList<SandboxMedia>? media)
    {
        var postId = id ?? (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var post = new SandboxPost(network, postId, account, text, url(postId), DateTime.UtcNow, idempotencyKey) { Media = media ?? [] };
        _posts.Add(post);
        return post;
    }

    /// <summary>What a citizen wrote, under the id the store gives it.</summary>
    public SandboxPost AddCitizenPost(string network, Func<string, SandboxPost> create)
    {
        lock (_gate)
        {
            var post = create((++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _posts.Add(post);
            return post;
        }
    }

    /// <summary>Replaces a post by its edited version, keeping its place in the timeline.</summary>
    public SandboxPost Replace(SandboxPost post, SandboxPost edited)
    {
        lock (_gate)
        {
            _posts[_posts.IndexOf(post)] = edited;
            return edited;
        }
    }

    /// <summary>The conversation under <paramref name="rootId"/>, oldest first, deleted posts left out.</summary>
    public IReadOnlyList<SandboxPost> Thread(string network, string rootId)
    {
        lock (_gate)
        {
            return [.. _posts.Where(p => p.Network == network && p.RootId == rootId && !p.Deleted)];
        }
    }

    /// <summary>The next number of the store's one sequence, for an event that is not a post (a Telegram edit's update id) but must be ordered among them.</summary>
    public long NextId()
    {
        lock (_gate)
        {
            return ++_nextId;
        }
    }

    public SandboxMedia AddMedia(string network, long length, string contentType, string? alt = null)
    {
        lock (_gate)
        {
            var media = new SandboxMedia(network, (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture), length, contentType) { Alt = alt };
            _media.Add(media);
            return media;
        }
    }

    public void Replace(SandboxMedia media, SandboxMedia uploaded)
    {
        lock (_gate)
        {
            _media[_media.IndexOf(media)] = uploaded;
        }
    }

    public SandboxMedia? FindMedia(string network, string? id)
    {
        lock (_gate)
        {
            return _media.FirstOrDefault(m => m.Network == network && m.Id == id);
        }
    }

    public SandboxPost? Find(string network, Func<SandboxPost, bool> match)
    {
        lock (_gate)
        {
            return _posts.LastOrDefault(p => p.Network == network && match(p));
        }
    }

    public IReadOnlyList<SandboxPost> Posts(string? network)
    {
        lock (_gate)
        {
            return [.. _posts.Where(p => network is null || p.Network == network)];
        }
    }

    public int CountSince(string network, string operation, DateTime sinceUtc)
    {
        lock (_gate)
        {
            return _requests.Count(r => r.Network == network && r.Operation == operation && r.Status < 300 && r.ReceivedUtc >= sinceUtc);
        }
    }

    public void Log(SandboxRequest request)
    {
        lock (_gate)
        {
            _requests.Add(request);
        }
    }

    public IReadOnlyList<SandboxRequest> Requests(string? network)
    {
        lock (_gate)
        {
            return [.. _requests.Where(r => network is null || r.Network == network)];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _posts.Clear();
            _requests.Clear();
            _media.Clear();
        }
    }
}
