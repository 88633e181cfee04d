using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;

namespace Portal.Inbox.Calendar;

/// <summary>Reads the business calendar from the database: a few dozen rows.</summary>
public static class CalendarStore
{
    public static async Task<BusinessCalendar> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var intervals = await db.Set<WorkingInterval>().AsNoTracking().ToListAsync(cancellationToken);
        var holidays = await db.Set<Holiday>().AsNoTracking().Select(h => h.Date).ToListAsync(cancellationToken);
        var week = intervals.GroupBy(i => i.Day).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<WorkingSpan>)g.OrderBy(i => i.StartMinute).Select(i => i.Span).ToList());
        return new BusinessCalendar(week, holidays.ToHashSet());
    }
}
