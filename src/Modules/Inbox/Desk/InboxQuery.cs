using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Access;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Desk;

/// <summary>What the inbox list is narrowed to. <see cref="After"/> is the keyset cursor of the page before.</summary>
public sealed record InboxFilter(RequestState? State, int? UnitId, string? Owner, InboxChannel? Channel, int? CategoryId, string? Search, string? After)
{
    /// <summary>The owner filter's values: the person's own requests, or those nobody has.</summary>
    public const string Mine = "mias";
    public const string Unassigned = "sin-asignar";
}

/// <summary>One line of the inbox list.</summary>
public sealed record InboxRow(
    long Id,
    string Reference,
    string Subject,
    string? PersonName,
    InboxChannel Channel,
    RequestState State,
    string? UnitName,
    string? OwnerName,
    bool Unread,
    DateTime UpdatedUtc,
    DateTime? FirstResponseDueUtc,
    DateTime? ResolutionDueUtc);

/// <summary>A note that names the person, until they open its request.</summary>
public sealed record MentionRow(string Reference, string Subject, DateTime AtUtc);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, string? Next, int Unread, IReadOnlyList<MentionRow> Mentions);

/// <summary>
/// The inbox list: newest activity first, in pages that follow a keyset (last time and id seen), so a page costs the
/// same at the millionth request as at the first; the only count is the unread one, on an index.
/// </summary>
public sealed class InboxQuery(IUnitOfWork unitOfWork, RequestAccess access)
{
    public const int PageSize = 50;
    private const int MentionsShown = 20;

    public async Task<InboxPage> ListAsync(RequestScope scope, InboxFilter filter, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var requests = Filtered(access.Visible(scope), scope, filter);
        if (ParseCursor(filter.After) is { } after)
        {
            requests = requests.Where(r => r.UpdatedUtc < after.At || (r.UpdatedUtc == after.At && r.Id < after.Id));
        }

        var page = await requests.OrderByDescending(r => r.UpdatedUtc).ThenByDescending(r => r.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        var shown = page.Take(PageSize).ToList();
        var personIds = shown.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).Distinct().ToList();
        var people = await db.Set<Person>().AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var owners = await StaffNamesAsync(shown.Select(r => r.OwnerId), cancellationToken);
        var rows = shown.Select(r => new InboxRow(
            r.Id,
            r.Reference,
            r.Subject,
            r.PersonId is { } personId ? people.GetValueOrDefault(personId) : null,
            r.Channel,
            r.State,
            r.UnitId is { } unitId ? units.GetValueOrDefault(unitId) : null,
            r.OwnerId is { } ownerId ? owners.GetValueOrDefault(ownerId) : null,
            r.AwaitingStaff,
            r.UpdatedUtc,
            r.FirstResponseDueUtc,
            r.ResolutionDueUtc)).ToList();
        var next = page.Count > PageSize ? Cursor(shown[^1]) : null;
        return new InboxPage(rows, next, await UnreadAsync(scope, cancellationToken), await MentionsAsync(scope, cancellationToken));
    }

    /// <summary>The visible requests a citizen's message waits on: the admin shell's badge.</summary>
    public Task<int> UnreadAsync(RequestScope scope, CancellationToken cancellationToken) =>
        access.Visible(scope).CountAsync(r => r.AwaitingStaff, cancellationToken);

    /// <summary>The display names of members of staff by user id (user name when they have none).</summary>
    public async Task<Dictionary<string, string>> StaffNamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var users = await unitOfWork.Db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken);
        return users.ToDictionary(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName);
    }

    /// <summary>The request a typed reference names, when the person may see it.</summary>
    public async Task<string?> FindReferenceAsync(RequestScope scope, string? search, CancellationToken cancellationToken) =>
        ReferenceNumbers.TryParse(search, out var reference)
            ? await access.Visible(scope).Where(r => r.Reference == reference).Select(r => r.Reference).SingleOrDefaultAsync(cancellationToken)
            : null;

    private static IQueryable<Request> Filtered(IQueryable<Request> requests, RequestScope scope, InboxFilter filter)
    {
        if (filter.State is { } state)
        {
            requests = requests.Where(r => r.State == state);
        }

        if (filter.UnitId is { } unitId)
        {
            requests = requests.Where(r => r.UnitId == unitId);
        }

        if (filter.Owner == InboxFilter.Mine)
        {
            var userId = scope.UserId;
            requests = requests.Where(r => r.OwnerId == userId);
        }
        else if (filter.Owner == InboxFilter.Unassigned)
        {
            requests = requests.Where(r => r.OwnerId == null);
        }

        if (filter.Channel is { } channel)
        {
            requests = requests.Where(r => r.Channel == channel);
        }

        if (filter.CategoryId is { } categoryId)
        {
            requests = requests.Where(r => r.CategoryId == categoryId);
        }

        foreach (var word in Words(filter.Search))
        {
            var pattern = "%" + word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            requests = requests.Where(r => EF.Functions.Like(r.Subject.ToLower(), pattern, "\\"));
        }

        return requests;
    }

    private async Task<IReadOnlyList<MentionRow>> MentionsAsync(RequestScope scope, CancellationToken cancellationToken)
    {
        var userId = scope.UserId;
        return await unitOfWork.Db.Set<RequestMention>().AsNoTracking()
            .Where(m => m.UserId == userId && !m.Seen)
            .Join(access.Visible(scope), m => m.RequestId, r => r.Id, (m, r) => new { r.Reference, r.Subject, m.AtUtc })
            .OrderByDescending(m => m.AtUtc)
            .Take(MentionsShown)
            .Select(m => new MentionRow(m.Reference, m.Subject, m.AtUtc))
            .ToListAsync(cancellationToken);
    }

    private static IEnumerable<string> Words(string? search) =>
        string.IsNullOrWhiteSpace(search) ? [] : search.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8);

    private static string Cursor(Request last) =>
        string.Create(CultureInfo.InvariantCulture, $"{last.UpdatedUtc.Ticks}-{last.Id}");

    private static (DateTime At, long Id)? ParseCursor(string? cursor)
    {
        var parts = cursor?.Split('-');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var at)
            && at <= DateTime.MaxValue.Ticks
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var last)
                ? (new DateTime(at, DateTimeKind.Utc), last)
                : null;
    }
}
