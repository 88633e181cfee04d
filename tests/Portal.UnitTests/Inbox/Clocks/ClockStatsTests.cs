using Portal.Inbox.Reports;

namespace Portal.UnitTests.Inbox.Clocks;

public sealed class ClockStatsTests
{
    [Fact]
    public void Median_and_90th_percentile_interpolate_between_neighbours_as_a_spreadsheet_does()
    {
        // Sorted 1, 2, 3, 4: the median sits halfway between 2 and 3; p90 at rank 0.9·3 = 2.7, 70 % of the way from 3 to 4.
        double[] values = [1, 2, 3, 4];

        Assert.Equal(2.5, ClockStats.Percentile(values, 0.5), 10);
        Assert.Equal(3.7, ClockStats.Percentile(values, 0.9), 10);
        Assert.Equal(7, ClockStats.Percentile([7], 0.9), 10);
    }
}
