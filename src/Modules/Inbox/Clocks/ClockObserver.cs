using Microsoft.EntityFrameworkCore;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>
/// Keeps each request's clocks from its log, in the transaction of every change:
/// <list type="bullet">
/// <item>first response: from the citizen's first message (<see cref="Request.CreatedUtc"/>) to the first answer;</item>
/// <item>next response: from a citizen's message that finds no response clock running (so one after an answer) to
/// the next answer;</item>
/// <item>resolution: from the first message of a cycle to the first Answered, Closed or Rejected of that cycle: the
/// citizen has their answer at Answered, and closing is often left for later, which the clock should not charge;
/// a reopening starts the next cycle's clock;</item>
/// <item>every running clock pauses while the request waits on the citizen or another unit.</item>
/// </list>
/// An answer is an outbound message written as a message (not an acknowledgement, a survey or the move-to-private
/// notice), or a note on the phone or counter channel: the record of a call or a visit in which staff answered.
/// Closing or rejecting stops the response clocks too; marking a duplicate drops the clocks, as the work is
/// measured on the request it duplicates.
/// </summary>
public sealed class ClockObserver(ClockRulesCache rules) : IRequestObserver
{
    public int Order => RequestObserverOrder.Clocks;

    public async Task OnChangeAsync(RequestChange change, CancellationToken cancellationToken)
    {
        var (db, request, entry, message) = change;
        if (entry.Kind == RequestEventKind.Warning)
        {
            return;
        }

        // A new request has no clocks yet: its opening transaction holds the reference counter's lock, so it skips the read.
        var running = entry.Kind == RequestEventKind.Created
            ? []
            : await db.Set<RequestClock>().Where(c => c.RequestId == request.Id && c.EndUtc == null).ToListAsync(cancellationToken);
        var rulesNow = await rules.GetAsync(db, cancellationToken);
        var book = rulesNow.Book;
        var at = entry.AtUtc;

        if (entry.Kind == RequestEventKind.Created)
        {
            Add(rulesNow.Start(request, ClockKind.FirstResponse, request.Cycle, request.CreatedUtc));
            Add(rulesNow.Start(request, ClockKind.Resolution, request.Cycle, request.CreatedUtc));
        }
        else if (message is { Direction: MessageDirection.Inbound })
        {
            if (!running.Any(c => c.Kind is ClockKind.FirstResponse or ClockKind.NextResponse))
            {
                Add(rulesNow.Start(request, ClockKind.NextResponse, request.Cycle, message.CreatedUtc));
            }
        }
        else if (message is not null && IsAnswer(message))
        {
            foreach (var clock in running.Where(c => c.Kind is ClockKind.FirstResponse or ClockKind.NextResponse))
            {
                book.Stop(clock, request, message.CreatedUtc);
            }
        }
        else if (entry is { Kind: RequestEventKind.StateChanged, ToState: { } to })
        {
            ChangeState(book, running, request, entry.FromState, to, at);
            if (to == RequestState.Reopened)
            {
                Add(rulesNow.Start(request, ClockKind.Resolution, request.Cycle, at));
            }
            else if (to == RequestState.Duplicate)
            {
                db.RemoveRange(running);
                running.Clear();
            }
        }
        else if (entry.Kind == RequestEventKind.CategoryChanged)
        {
            foreach (var clock in running)
            {
                book.SetTarget(clock, rulesNow.TargetFor(request, clock.Kind)?.Target, at);
            }
        }

        request.FirstResponseDueUtc = running.FirstOrDefault(c => c.Kind == ClockKind.FirstResponse)?.DueUtc ?? request.FirstResponseDueUtc;
        request.ResolutionDueUtc = running.FirstOrDefault(c => c.Kind == ClockKind.Resolution)?.DueUtc ?? request.ResolutionDueUtc;

        void Add(RequestClock clock)
        {
            db.Add(clock);
            running.Add(clock);
        }
    }

    public static bool IsAnswer(RequestMessage message) =>
        (message.Direction == MessageDirection.Outbound && message.Purpose == MessagePurpose.Message)
        || (message.Direction == MessageDirection.Note && message.Channel is InboxChannel.Phone or InboxChannel.Counter);

    private static void ChangeState(ClockBook book, List<RequestClock> running, Request request, RequestState? from, RequestState to, DateTime at)
    {
        var pausedBefore = from is { } previous && RequestStates.Pauses(previous);
        foreach (var clock in running)
        {
            if (RequestStates.Pauses(to))
            {
                ClockBook.Pause(clock, at);
            }
            else if (pausedBefore)
            {
                book.Resume(clock, at);
            }
        }

        var stops = to switch
        {
            RequestState.Answered => running.Where(c => c.Kind == ClockKind.Resolution),
            RequestState.Closed or RequestState.Rejected => running,
            _ => [],
        };
        foreach (var clock in stops.ToList())
        {
            book.Stop(clock, request, at);
        }

        running.RemoveAll(c => c.EndUtc is not null);
    }
}
