using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.People;
using Portal.Inbox.Requests;
using Portal.Inbox.Surveys;
using Portal.Syndication.Deliveries;
using Portal.Syndication.Replies;

namespace Portal.Inbox.Privacy;

/// <summary>
/// Takes who asked and what they wrote out of a request and keeps the rest: states, dates, clocks, scores, so the
/// reports do not change. Retention (B4) runs it on expired requests and a person's erasure (B5) on each of theirs.
/// Works in the caller's unit of work, which must have begun its transaction.
/// </summary>
public sealed class RequestAnonymiser(IUnitOfWork unitOfWork, RequestLog log, IStringLocalizer<InboxResources> S)
{
    /// <summary>What stands where a text was.</summary>
    public string Marker => S["Retention_Anonymised_Text"].Value;

    /// <summary>Anonymises one request; the log's line says who asked for it (null: the schedule) and why, without personal data.</summary>
    public async Task AnonymiseAsync(Request request, string? userId, string? reason, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var marker = Marker;
        await ForgetPublicCopiesAsync(request.Id, cancellationToken);
        await db.Set<RequestMessage>().Where(m => m.RequestId == request.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Text, marker)
            .SetProperty(m => m.AuthorName, "")
            .SetProperty(m => m.ExternalId, (string?)null)
            .SetProperty(m => m.DeliveryError, (string?)null), cancellationToken);
        await db.Set<MessageOriginal>().Where(o => o.RequestId == request.Id).ExecuteDeleteAsync(cancellationToken);
        // The score stays for the satisfaction figures; the comment is the citizen's own words.
        await db.Set<Survey>().Where(s => s.RequestId == request.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.Comment, (string?)null), cancellationToken);
        // The log stays for the statistics; what staff typed in it (reasons, mentions) may name the person.
        await db.Set<RequestEvent>().Where(e => e.RequestId == request.Id).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.Detail, (string?)null)
            .SetProperty(e => e.PersonId, (long?)null), cancellationToken);
        request.PersonId = null;
        request.Subject = marker;
        request.StateReason = null;
        await log.AppendAsync(request, new RequestEvent { Kind = RequestEventKind.Anonymised, UserId = userId, Detail = reason }, null, cancellationToken);
    }

    /// <summary>
    /// Syndication keeps its own copy of a public reply (the Conversaciones page) and of our answer to it, which on
    /// Mastodon names the citizen: they go with the request's words. The rows stay, so the same reply read again
    /// from the network is recognised and not imported as new.
    /// </summary>
    public async Task ForgetPublicCopiesAsync(long requestId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var marker = Marker;
        var messages = db.Set<RequestMessage>().Where(m => m.RequestId == requestId);
        var interactions = messages.Where(m => m.InteractionId != null).Select(m => m.InteractionId);
        await db.Set<Interaction>().Where(i => i.RequestId == requestId || interactions.Contains(i.Id)).ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Erased, true)
            .SetProperty(i => i.Text, marker)
            .SetProperty(i => i.Html, "")
            .SetProperty(i => i.AuthorName, (string?)null)
            .SetProperty(i => i.AuthorUrl, (string?)null)
            .SetProperty(i => i.AuthorId, i => i.Mine ? i.AuthorId : "")
            .SetProperty(i => i.AuthorHandle, i => i.Mine ? i.AuthorHandle : ""), cancellationToken);
        // Only what went out: a queued answer still has to be sent as written.
        var deliveries = messages.Where(m => m.DeliveryId != null).Select(m => m.DeliveryId);
        await db.Set<Delivery>().Where(d => deliveries.Contains(d.Id) && d.State == DeliveryState.Sent)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Text, marker), cancellationToken);
    }

    /// <summary>
    /// A person left without requests is nobody the inbox needs to reach: their handles and name go, and so does
    /// the text of their merges' log lines, which name them (on both people of the merge). True when forgotten.
    /// </summary>
    public async Task<bool> ForgetIfNoRequestsAsync(long personId, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (await db.Set<Request>().AnyAsync(r => r.PersonId == personId, cancellationToken))
        {
            return false;
        }

        await db.Set<PersonHandle>().Where(h => h.PersonId == personId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Person>().Where(p => p.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, ""), cancellationToken);
        var merges = db.Set<RequestEvent>().Where(e => e.RequestId == null && e.Detail != null
            && (e.Kind == RequestEventKind.PersonMerged || e.Kind == RequestEventKind.PersonUnmerged));
        var details = await merges.Where(e => e.PersonId == personId).Select(e => e.Detail!).Distinct().ToListAsync(cancellationToken);
        await merges.Where(e => details.Contains(e.Detail!))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Detail, (string?)null), cancellationToken);
        return true;
    }
}
