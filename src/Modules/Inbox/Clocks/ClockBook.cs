using Portal.Inbox.Calendar;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>Starts, pauses, resumes and stops the clocks of requests on one calendar, and schedules their warnings.</summary>
public sealed class ClockBook(BusinessCalendar calendar, IEnumerable<int> warningPercents)
{
    /// <summary>The configured warnings in order, then the breach.</summary>
    public IReadOnlyList<int> Levels { get; } = [.. warningPercents.Where(p => p is > 0 and < 100).Distinct().Order(), 100];

    public BusinessCalendar Calendar => calendar;

    public RequestClock Start(Request request, ClockKind kind, int cycle, DateTime startUtc, ResponseTarget? target)
    {
        var clock = new RequestClock
        {
            RequestId = request.Id,
            Cycle = cycle,
            Kind = kind,
            StartUtc = startUtc,
            Channel = request.Channel,
            UnitId = request.UnitId,
            CategoryId = request.CategoryId,
            OwnerId = request.OwnerId,
            PausedSinceUtc = RequestStates.Pauses(request.State) ? startUtc : null,
        };
        SetTarget(clock, target?.Target, startUtc);
        return clock;
    }

    /// <summary>A new category or channel may bring another target: the due instant and the warnings follow it.</summary>
    public void SetTarget(RequestClock clock, ClockTarget? target, DateTime nowUtc)
    {
        clock.TargetAmount = target?.Amount;
        clock.TargetUnit = target?.Unit;
        Reschedule(clock, nowUtc);
    }

    public static void Pause(RequestClock clock, DateTime atUtc)
    {
        clock.PausedSinceUtc ??= atUtc;
        clock.NextWarningUtc = null;
    }

    public void Resume(RequestClock clock, DateTime atUtc)
    {
        EndPause(clock, atUtc);
        Reschedule(clock, atUtc);
    }

    public void Stop(RequestClock clock, Request request, DateTime atUtc)
    {
        EndPause(clock, atUtc);
        Reschedule(clock, atUtc);
        clock.EndUtc = atUtc < clock.StartUtc ? clock.StartUtc : atUtc;
        clock.ElapsedSeconds = (long)BusinessClock.Elapsed(calendar, clock.StartUtc, clock.EndUtc.Value, clock.Paused).TotalSeconds;
        clock.Met = clock.DueUtc is { } due ? clock.EndUtc <= due : null;
        clock.NextWarningUtc = null;
        clock.Channel = request.Channel;
        clock.UnitId = request.UnitId;
        clock.CategoryId = request.CategoryId;
        clock.OwnerId = request.OwnerId;
    }

    /// <summary>The highest level a running clock has reached by <paramref name="nowUtc"/>; 0 for none.</summary>
    public int ReachedPercent(RequestClock clock, DateTime nowUtc) =>
        clock.DueUtc is not { } due || clock.EndUtc is not null || clock.PausedSinceUtc is not null
            ? 0
            : Levels.LastOrDefault(level => BusinessClock.Reaches(calendar, clock.StartUtc, due, clock.Paused, level, nowUtc) <= nowUtc);

    /// <summary>Records what the warning task wrote and when it must look again.</summary>
    public void Warned(RequestClock clock, int percent, DateTime nowUtc)
    {
        clock.WarnedPercent = Math.Max(clock.WarnedPercent, percent);
        Reschedule(clock, nowUtc);
    }

    private void EndPause(RequestClock clock, DateTime atUtc)
    {
        if (clock.PausedSinceUtc is not { } since)
        {
            return;
        }

        var paused = clock.Paused.Add(calendar, since, atUtc);
        clock.PausedWorkingSeconds = (long)paused.Working.TotalSeconds;
        clock.PausedWorkingDays = paused.WorkingDays;
        clock.PausedCalendarDays = paused.CalendarDays;
        clock.PausedSinceUtc = null;
    }

    private void Reschedule(RequestClock clock, DateTime nowUtc)
    {
        clock.DueUtc = clock.Target is { } target ? BusinessClock.Due(calendar, clock.StartUtc, target, clock.Paused) : null;
        var next = Levels.FirstOrDefault(level => level > clock.WarnedPercent);
        clock.NextWarningUtc = clock.DueUtc is { } due && next > 0 && clock.PausedSinceUtc is null && clock.EndUtc is null
            ? BusinessClock.Reaches(calendar, clock.StartUtc, due, clock.Paused, next, nowUtc)
            : null;
    }
}
