using System.Globalization;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Reports;

/// <summary>
/// A stretch of whole days in Madrid that the reports count as one line: an ISO week or a calendar month, cut to the
/// range asked for. The UTC instants are worked out here, where the time zone rules are, so the database only
/// compares instants and every provider puts a row in the same bucket.
/// </summary>
public sealed record ReportBucket(string Label, DateTime FromUtc, DateTime ToUtc)
{
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>ISO 8601 weeks, "2026-S23": weeks start on Monday, as Spanish calendars do.</summary>
    public static List<ReportBucket> Weeks(DateOnly from, DateOnly to) =>
        Split(from, to, day => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 6) % 7 + 1), day =>
            ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture) + "-S" + ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)).ToString("00", CultureInfo.InvariantCulture));

    /// <summary>Calendar months, "octubre de 2025".</summary>
    public static List<ReportBucket> Months(DateOnly from, DateOnly to) =>
        Split(from, to, day => new DateOnly(day.Year, day.Month, 1).AddMonths(1), day => day.ToString("MMMM 'de' yyyy", Spanish));

    /// <summary>The UTC instants that bound whole days in Madrid, the last one included.</summary>
    public static (DateTime From, DateTime To) Range(DateOnly from, DateOnly to) => (Midnight(from), Midnight(to.AddDays(1)));

    private static List<ReportBucket> Split(DateOnly from, DateOnly to, Func<DateOnly, DateOnly> next, Func<DateOnly, string> label)
    {
        var buckets = new List<ReportBucket>();
        for (var day = from; day <= to;)
        {
            var end = next(day) is var boundary && boundary <= to ? boundary : to.AddDays(1);
            buckets.Add(new ReportBucket(label(day), Midnight(day), Midnight(end)));
            day = end;
        }

        return buckets;
    }

    private static DateTime Midnight(DateOnly day) => Madrid.ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
