using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Portal.Core.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Privacy;
using Portal.Inbox.Requests;

namespace Portal.Inbox.DataSubjects;

/// <summary>A request the erasure anonymises.</summary>
public sealed record ErasedRequest(long RequestId, string Reference, RequestState State, DateTime CreatedUtc);

/// <summary>A request a legal hold keeps as it is, with the hold's reason.</summary>
public sealed record HeldRequest(string Reference, string Reason);

/// <summary>What an erasure does, before (the dry run) and after: the requests it anonymises and those it must keep.</summary>
public sealed record ErasurePlan(DataSubject Subject, IReadOnlyList<ErasedRequest> Erased, IReadOnlyList<HeldRequest> Held, int Handles, int Messages);

/// <summary>
/// The right to erasure (art. 17 RGPD): anonymises every request of a citizen, merged people included, as retention
/// does (<see cref="RequestAnonymiser"/>), so times, states and scores stay for the reports. A request under a legal
/// hold is kept whole, and so is the person it belongs to; the others' handles and names go. The person's log keeps
/// who erased and when, the counts and the kept references: no personal data.
/// </summary>
public sealed class DataSubjectErasure(IUnitOfWork unitOfWork, RequestAnonymiser anonymiser, RequestLog log, IStringLocalizer<InboxResources> S, ILogger<DataSubjectErasure> logger)
{
    /// <summary>The dry run: what <see cref="EraseAsync"/> would do now.</summary>
    public async Task<ErasurePlan> PlanAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var group = subject.People;
        var requests = await db.Set<Request>().AsNoTracking().Where(r => r.PersonId != null && group.Contains(r.PersonId.Value))
            .OrderBy(r => r.CreatedUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Reference,
                r.State,
                r.CreatedUtc,
                PersonId = r.PersonId!.Value,
                Hold = db.Set<LegalHold>().Where(h => h.RequestId == r.Id).Select(h => h.Reason).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var erased = requests.Where(r => r.Hold is null).ToList();
        var keptPeople = requests.Where(r => r.Hold is not null).Select(r => r.PersonId).ToList();
        var erasedIds = erased.Select(r => r.Id).ToList();
        return new ErasurePlan(
            subject,
            [.. erased.Select(r => new ErasedRequest(r.Id, r.Reference, r.State, r.CreatedUtc))],
            [.. requests.Where(r => r.Hold is not null).Select(r => new HeldRequest(r.Reference, r.Hold!))],
            await db.Set<PersonHandle>().CountAsync(h => group.Contains(h.PersonId) && !keptPeople.Contains(h.PersonId), cancellationToken),
            await db.Set<RequestMessage>().CountAsync(m => erasedIds.Contains(m.RequestId), cancellationToken));
    }

    /// <summary>Erases in the caller's unit of work and returns what it did.</summary>
    public async Task<ErasurePlan> EraseAsync(DataSubject subject, string userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        await unitOfWork.BeginAsync(cancellationToken);
        var plan = await PlanAsync(subject, cancellationToken);
        var reason = S["DataSubject_Erased_Event"].Value;
        foreach (var erased in plan.Erased)
        {
            var request = await db.Set<Request>().SingleAsync(r => r.Id == erased.RequestId, cancellationToken);
            await anonymiser.AnonymiseAsync(request, userId, reason, cancellationToken);
        }

        var forgotten = 0;
        foreach (var person in subject.People)
        {
            forgotten += await anonymiser.ForgetIfNoRequestsAsync(person, cancellationToken) ? 1 : 0;
        }

        var kept = plan.Held.Count == 0 ? S["DataSubject_Erase_NoneKept"].Value : string.Join(", ", plan.Held.Select(h => h.Reference));
        await log.AppendPersonEventAsync(new RequestEvent
        {
            Kind = RequestEventKind.Anonymised,
            PersonId = subject.Person.Id,
            UserId = userId,
            Detail = Cut(S.Plural("DataSubject_Erase_Logged", plan.Erased.Count, kept).Value),
        }, cancellationToken);
        logger.LogInformation("Erasure of person {PersonId} by {UserId}: {Erased} requests anonymised, {Held} kept under a legal hold, {Forgotten} people forgotten.",
            subject.Person.Id, userId, plan.Erased.Count, plan.Held.Count, forgotten);
        return plan;
    }

    private static string Cut(string text) => text.Length <= RequestEvent.DetailLength ? text : text[..RequestEvent.DetailLength];
}
