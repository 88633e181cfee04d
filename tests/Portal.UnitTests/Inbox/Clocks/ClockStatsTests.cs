using Portal.Inbox.Reports;

namespace Portal.UnitTests.Inbox.Clocks;

public sealed class ClockStatsTests
{
    [Fact]
    public void Median_and_90th_percentile_interpolate_between_neighbours_as_a_spreadsheet_does()
    {
        // Sorted 1, 2, 3, 4: the median sits halfway between 2 and 3; p90 at rank 0.9·3 = 2.7, 70 % of the way from 3 to 4.
        double[] values = [1, 2, 3, 4];
        var (medianLow, medianFraction) = ClockStats.Rank(values.Length, 5);
        var (p90Low, p90Fraction) = ClockStats.Rank(values.Length, 9);

        Assert.Equal((1, 0.5), (medianLow, medianFraction));
        Assert.Equal(2.5, ClockStats.Interpolate(values[medianLow], values[medianLow + 1], medianFraction), 10);
        Assert.Equal(3.7, ClockStats.Interpolate(values[p90Low], values[p90Low + 1], p90Fraction), 10);
        Assert.Equal((0, 0.0), ClockStats.Rank(1, 9));
    }
}
