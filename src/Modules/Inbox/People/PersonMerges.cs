using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Requests;

namespace Portal.Inbox.People;

/// <summary>
/// Joins two people that staff know to be one (the same neighbour on Mastodon and on the phone), and undoes it. A
/// merge only points one person at the other: handles, requests and the log stay where they were, so undoing it
/// gives back exactly the two people there were. Both are logged with who, when and why.
/// </summary>
public sealed class PersonMerges(IUnitOfWork unitOfWork, RequestLog log, IStringLocalizer<InboxResources> S)
{
    public const int ReasonLength = 500;

    public async Task<IReadOnlyList<string>> MergeAsync(long personId, long intoId, string userId, string? reason, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var people = unitOfWork.Db.Set<Person>();
        var person = await people.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        var into = await people.SingleOrDefaultAsync(p => p.Id == intoId, cancellationToken);
        if (person is null || into is null)
        {
            return [S["Merge_NotFound"]];
        }

        if (person.Id == into.Id)
        {
            return [S["Merge_Same"]];
        }

        if (person.MergedIntoId is not null)
        {
            return [S["Merge_AlreadyMerged", person.DisplayName]];
        }

        if (into.MergedIntoId is not null)
        {
            return [S["Merge_TargetMerged", into.DisplayName]];
        }

        if (reason is { Length: > ReasonLength })
        {
            return [S["Merge_ReasonTooLong", ReasonLength]];
        }

        person.MergedIntoId = into.Id;
        var detail = S["Merge_Detail", person.DisplayName, into.DisplayName, reason ?? ""].Value.Trim();
        await log.AppendPersonEventAsync(new RequestEvent { Kind = RequestEventKind.PersonMerged, PersonId = person.Id, UserId = userId, Detail = Cut(detail) }, cancellationToken);
        await log.AppendPersonEventAsync(new RequestEvent { Kind = RequestEventKind.PersonMerged, PersonId = into.Id, UserId = userId, Detail = Cut(detail) }, cancellationToken);
        return [];
    }

    public async Task<IReadOnlyList<string>> UnmergeAsync(long personId, string userId, CancellationToken cancellationToken)
    {
        await unitOfWork.BeginAsync(cancellationToken);
        var person = await unitOfWork.Db.Set<Person>().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person?.MergedIntoId is not { } intoId)
        {
            return [S["Unmerge_NotMerged"]];
        }

        person.MergedIntoId = null;
        var detail = S["Unmerge_Detail", person.DisplayName, intoId.ToString(CultureInfo.InvariantCulture)].Value;
        await log.AppendPersonEventAsync(new RequestEvent { Kind = RequestEventKind.PersonUnmerged, PersonId = person.Id, UserId = userId, Detail = Cut(detail) }, cancellationToken);
        await log.AppendPersonEventAsync(new RequestEvent { Kind = RequestEventKind.PersonUnmerged, PersonId = intoId, UserId = userId, Detail = Cut(detail) }, cancellationToken);
        return [];
    }

    /// <summary>The person and everyone merged into them, at any depth: whose requests the person page lists.</summary>
    public async Task<IReadOnlyList<long>> GroupAsync(long personId, CancellationToken cancellationToken)
    {
        var group = new List<long> { personId };
        var people = unitOfWork.Db.Set<Person>().AsNoTracking();
        for (var frontier = group.ToList(); frontier.Count > 0 && group.Count < 1000;)
        {
            frontier = await people.Where(p => p.MergedIntoId != null && frontier.Contains(p.MergedIntoId.Value)).Select(p => p.Id).ToListAsync(cancellationToken);
            group.AddRange(frontier.Except(group));
        }

        return group;
    }

    private static string Cut(string text) => text.Length <= RequestEvent.DetailLength ? text : text[..RequestEvent.DetailLength];
}
