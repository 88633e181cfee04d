using Portal.Inbox.Clocks;

namespace Portal.Inbox.Reports;

/// <summary>One finished clock as the reports read it.</summary>
public sealed record Measurement(ClockKind Kind, Requests.InboxChannel Channel, int? UnitId, int? CategoryId, string? OwnerId, DateTime StartUtc, long ElapsedSeconds, bool? Met);

/// <summary>
/// How long a set of clocks ran, in office hours: median, 90th percentile, mean, and the share that met a target
/// (of those that had one). Computed here, over the rows of the range, so SQLite and PostgreSQL give the same
/// figures: percentiles interpolate between the two nearest values, as a spreadsheet's PERCENTILE.INC does.
/// </summary>
public sealed record ClockStats(int Count, double? MedianHours, double? P90Hours, double? MeanHours, double? WithinTargetPercent, int WithTarget)
{
    public static readonly ClockStats Empty = new(0, null, null, null, null, 0);

    public static ClockStats Of(IEnumerable<Measurement> measurements)
    {
        var rows = measurements.ToList();
        if (rows.Count == 0)
        {
            return Empty;
        }

        var hours = rows.Select(m => m.ElapsedSeconds / 3600.0).Order().ToArray();
        var targeted = rows.Where(m => m.Met is not null).ToList();
        var within = targeted.Count == 0 ? (double?)null : 100.0 * targeted.Count(m => m.Met == true) / targeted.Count;
        return new ClockStats(rows.Count, Percentile(hours, 0.5), Percentile(hours, 0.9), hours.Average(), within, targeted.Count);
    }

    /// <summary>The <paramref name="p"/> quantile of sorted values, interpolated linearly between neighbours.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((rank - low) * (sorted[high] - sorted[low]));
    }
}
