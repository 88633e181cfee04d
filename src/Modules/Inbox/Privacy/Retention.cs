using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Privacy;

/// <summary>A request a retention rule reaches now, and what will happen to it.</summary>
public sealed record RetentionCandidate(long RequestId, string Reference, int CategoryId, string Category, DateTime ClosedUtc, RetentionAction Action);

/// <summary>
/// Applies each category's retention rule (B4) to the requests closed long enough ago, except those under a legal
/// hold. Anonymising keeps the request and its log for the statistics and removes who asked and what they wrote;
/// deleting removes the request with its messages, originals and log. Either way a line with the reference and the
/// action stays in the retention log, with no personal data.
/// </summary>
public sealed class Retention(IUnitOfWork unitOfWork, RequestAnonymiser anonymiser, TimeProvider clock, ILogger<Retention> logger)
{
    /// <summary>What a run now would do: the dry run the page shows.</summary>
    public async Task<IReadOnlyList<RetentionCandidate>> PlanAsync(CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await db.Set<RetentionRule>().AsNoTracking().Where(r => r.Action != RetentionAction.Keep).ToListAsync(cancellationToken);
        var names = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var plan = new List<RetentionCandidate>();
        foreach (var rule in rules)
        {
            var closedBefore = now.AddMonths(-rule.Months);
            var anonymising = rule.Action == RetentionAction.Anonymise;
            var due = await db.Set<Request>().AsNoTracking()
                .Where(r => r.CategoryId == rule.CategoryId && r.ClosedUtc != null && r.ClosedUtc <= closedBefore)
                .Where(r => !db.Set<LegalHold>().Any(h => h.RequestId == r.Id))
                .Where(r => !anonymising || !db.Set<RequestEvent>().Any(e => e.RequestId == r.Id && e.Kind == RequestEventKind.Anonymised))
                .OrderBy(r => r.ClosedUtc).ThenBy(r => r.Id)
                .Select(r => new { r.Id, r.Reference, ClosedUtc = r.ClosedUtc!.Value })
                .ToListAsync(cancellationToken);
            plan.AddRange(due.Select(r => new RetentionCandidate(r.Id, r.Reference, rule.CategoryId, names.GetValueOrDefault(rule.CategoryId, ""), r.ClosedUtc, rule.Action)));
        }

        return plan.OrderBy(c => c.ClosedUtc).ThenBy(c => c.RequestId).ToList();
    }

    /// <summary>Applies the plan in the caller's unit of work; <paramref name="userId"/> is null for the scheduled run.</summary>
    public async Task<IReadOnlyList<RetentionCandidate>> RunAsync(string? userId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        await unitOfWork.BeginAsync(cancellationToken);
        var runUtc = clock.GetUtcNow().UtcDateTime;
        var plan = await PlanAsync(cancellationToken);
        foreach (var candidate in plan)
        {
            var request = await db.Set<Request>().SingleAsync(r => r.Id == candidate.RequestId, cancellationToken);
            var personId = request.PersonId;
            if (candidate.Action == RetentionAction.Anonymise)
            {
                await anonymiser.AnonymiseAsync(request, null, null, cancellationToken);
            }
            else
            {
                await DeleteAsync(request.Id, cancellationToken);
            }

            if (personId is { } person)
            {
                await anonymiser.ForgetIfNoRequestsAsync(person, cancellationToken);
            }

            db.Add(new RetentionLogEntry
            {
                RunUtc = runUtc,
                UserId = userId,
                Reference = candidate.Reference,
                CategoryId = candidate.CategoryId,
                Action = candidate.Action,
                AtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Retention run by {RunBy}: {Anonymised} requests anonymised, {Deleted} deleted.", userId ?? "schedule",
            plan.Count(c => c.Action == RetentionAction.Anonymise), plan.Count(c => c.Action == RetentionAction.Delete));
        return plan;
    }

    private async Task DeleteAsync(long requestId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        await anonymiser.ForgetPublicCopiesAsync(requestId, cancellationToken);
        await db.Set<MessageOriginal>().Where(o => o.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<PersonalDataFlag>().Where(f => f.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RequestMessage>().Where(m => m.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<RequestEvent>().Where(e => e.RequestId == requestId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Request>().Where(r => r.Id == requestId).ExecuteDeleteAsync(cancellationToken);
    }
}
