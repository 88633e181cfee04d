using System.Globalization;

namespace SocialSandbox;

/// <summary>
/// An account's posts as the networks list them: newest first, from a start time on, a page at a time with an opaque
/// cursor (here the offset), and a cursor only while more posts remain.
/// </summary>
public static class TimelinePaging
{
    public static (IReadOnlyList<SandboxPost> Page, string? Next) Read(IEnumerable<SandboxPost> posts, DateTime sinceUtc, string? cursor, int pageSize)
    {
        var listed = posts.Where(p => !p.Deleted && p.CreatedUtc >= sinceUtc).Reverse().ToList();
        var offset = int.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = listed.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count < listed.Count ? (offset + page.Count).ToString(CultureInfo.InvariantCulture) : null;
        return (page, next);
    }

    /// <summary>A page size the client asked for, within the network's bounds.</summary>
    public static int Size(string? asked, int max) =>
        int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0 ? Math.Min(size, max) : max;
}
