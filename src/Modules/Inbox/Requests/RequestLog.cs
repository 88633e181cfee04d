using Portal.Core.Data;
using Portal.Core.UnitOfWork;

namespace Portal.Inbox.Requests;

/// <summary>A change to a request, as the observers of <see cref="RequestLog"/> see it, inside its transaction.</summary>
public sealed record RequestChange(PortalDbContext Db, Request Request, RequestEvent Event, RequestMessage? Message);

/// <summary>
/// Reacts to every logged change in the transaction that makes it: the privacy scan of a new message, the clocks,
/// routing. Observers run in <see cref="Order"/>; a throw rolls the whole change back.
/// </summary>
public interface IRequestObserver
{
    int Order { get; }

    Task OnChangeAsync(RequestChange change, CancellationToken cancellationToken);
}

/// <summary>Well-known observer orders: what others rely on runs first.</summary>
public static class RequestObserverOrder
{
    /// <summary>Personal data is flagged before anything could show or send the message.</summary>
    public const int Privacy = 100;

    /// <summary>Unit, category and owner are set before the clocks read the category's targets.</summary>
    public const int Routing = 200;

    public const int Clocks = 300;
}

/// <summary>
/// The one way a request changes: the change is appended to the log (never updated, never deleted) and the
/// observers run, all in the caller's unit of work, which must have begun its transaction.
/// </summary>
public sealed class RequestLog(IUnitOfWork unitOfWork, IEnumerable<IRequestObserver> observers, TimeProvider clock)
{
    private readonly IRequestObserver[] _observers = observers.OrderBy(o => o.Order).ToArray();

    public async Task<RequestEvent> AppendAsync(Request request, RequestEvent entry, RequestMessage? message, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        if (request.Id == 0 || message is { Id: 0 })
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        entry.RequestId = request.Id;
        entry.PersonId ??= request.PersonId;
        entry.MessageId ??= message?.Id;
        if (entry.AtUtc == default)
        {
            entry.AtUtc = clock.GetUtcNow().UtcDateTime;
        }

        request.UpdatedUtc = entry.AtUtc > request.UpdatedUtc ? entry.AtUtc : request.UpdatedUtc;
        db.Add(entry);
        var change = new RequestChange(db, request, entry, message);
        foreach (var observer in _observers)
        {
            await observer.OnChangeAsync(change, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        InboxWake.AfterChange(unitOfWork);
        return entry;
    }

    /// <summary>A change to a person (a merge, its undoing) rather than to one request: logged, with no observer to run.</summary>
    public async Task AppendPersonEventAsync(RequestEvent entry, CancellationToken cancellationToken)
    {
        entry.AtUtc = entry.AtUtc == default ? clock.GetUtcNow().UtcDateTime : entry.AtUtc;
        unitOfWork.Db.Add(entry);
        await unitOfWork.Db.SaveChangesAsync(cancellationToken);
        InboxWake.AfterChange(unitOfWork);
    }

    /// <summary>Moves a request to another state, logged with the reason; the caller checked that the move is allowed.</summary>
    public Task<RequestEvent> ChangeStateAsync(Request request, RequestState to, string? userId, string? reason, CancellationToken cancellationToken)
    {
        var from = request.State;
        request.State = to;
        request.StateReason = RequestStates.NeedsReason(to) ? reason : request.StateReason;
        if (to == RequestState.Reopened)
        {
            request.Cycle++;
            request.ClosedUtc = null;
        }
        else if (RequestStates.IsFinished(to))
        {
            request.ClosedUtc = clock.GetUtcNow().UtcDateTime;
        }

        return AppendAsync(request, new RequestEvent { Kind = RequestEventKind.StateChanged, UserId = userId, FromState = from, ToState = to, Detail = reason }, null, cancellationToken);
    }
}
