using System.Globalization;

namespace Portal.Inbox.Calendar;

/// <summary>Why a day's hours were refused, for the calendar page to say in Spanish.</summary>
public enum WeekHoursError
{
    Format,
    EndBeforeStart,
    Overlap,
}

/// <summary>
/// A day's office hours as staff type them, "9:00-14:00, 16:00-18:30": one text box per weekday reads better with a
/// screen reader than a grid of time pickers, and a split shift is just a comma.
/// </summary>
public static class WeekHours
{
    public static string Format(IEnumerable<WorkingSpan> spans) =>
        string.Join(", ", spans.OrderBy(s => s.Start).Select(s => Time(s.Start) + "-" + Time(s.End)));

    public static (IReadOnlyList<WorkingSpan> Spans, WeekHoursError? Error) Parse(string? text)
    {
        var spans = new List<WorkingSpan>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split(['-', '–'], StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || !TryTime(ends[0], out var start) || !TryTime(ends[1], out var end))
            {
                return ([], WeekHoursError.Format);
            }

            if (end <= start)
            {
                return ([], WeekHoursError.EndBeforeStart);
            }

            spans.Add(new WorkingSpan(start, end));
        }

        spans.Sort((x, y) => x.Start.CompareTo(y.Start));
        for (var i = 1; i < spans.Count; i++)
        {
            if (spans[i].Start < spans[i - 1].End)
            {
                return ([], WeekHoursError.Overlap);
            }
        }

        return (spans, null);
    }

    private static string Time(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);

    private static bool TryTime(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text.Replace('.', ':'), ["H:mm", "HH:mm", "%H"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
