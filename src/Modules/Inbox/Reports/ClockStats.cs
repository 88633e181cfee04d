namespace Portal.Inbox.Reports;

/// <summary>
/// How long a set of clocks ran, in office hours: median, 90th percentile, mean, and the share that met a target
/// (of those that had one). Percentiles interpolate between the two nearest values, as a spreadsheet's
/// PERCENTILE.INC and PostgreSQL's percentile_cont do.
/// </summary>
public sealed record ClockStats(int Count, double? MedianHours, double? P90Hours, double? MeanHours, double? WithinTargetPercent, int WithTarget)
{
    public static readonly ClockStats Empty = new(0, null, null, null, null, 0);

    /// <summary>
    /// Where the <paramref name="tenths"/>/10 quantile of <paramref name="count"/> sorted values lies: the 0-based
    /// position of the lower neighbour and how far towards the next one. Integer arithmetic, so the database and
    /// this code agree on which rows to read.
    /// </summary>
    public static (long Low, double Fraction) Rank(long count, int tenths) => (tenths * (count - 1) / 10, tenths * (count - 1) % 10 / 10.0);

    public static double Interpolate(double low, double high, double fraction) => low + (fraction * (high - low));
}
