using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Inbox.Calendar;

/// <summary>Reads the business calendar from the database: a few dozen rows, read once per unit of work.</summary>
public sealed class CalendarStore
{
    private BusinessCalendar? _calendar;

    public async Task<BusinessCalendar> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (_calendar is not null)
        {
            return _calendar;
        }

        var intervals = await db.Set<WorkingInterval>().AsNoTracking().ToListAsync(cancellationToken);
        var holidays = await db.Set<Holiday>().AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        var week = intervals.GroupBy(i => i.Day).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<WorkingSpan>)g.OrderBy(i => i.StartMinute).Select(i => new WorkingSpan(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(i.StartMinute)), TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(i.EndMinute)))).ToList());
        _calendar = new BusinessCalendar(week, holidays.ToHashSet());
        return _calendar;
    }
}
