using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>The calendar, targets and warning levels in force, as <see cref="ClockRulesCache"/> keeps them.</summary>
public sealed record ClockRules(ClockBook Book, IReadOnlyList<ResponseTarget> Targets)
{
    public ResponseTarget? TargetFor(Request request, ClockKind kind) => ResponseTarget.Pick(Targets, kind, request.CategoryId, request.Channel);

    public RequestClock Start(Request request, ClockKind kind, int cycle, DateTime startUtc) =>
        Book.Start(request, kind, cycle, startUtc, TargetFor(request, kind));
}
