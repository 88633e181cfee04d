using Portal.Syndication.Networks;

namespace Portal.UnitTests.Syndication;

/// <summary>Meta's usage headers as they arrive, and what the engine reads from them.</summary>
public sealed class MetaUsageTests
{
    public static TheoryData<string?, string?, int?, string?, int?> Headers => new()
    {
        // Neither header, or nothing readable: no report at all.
        { null, null, null, null, null },
        { "", "  ", null, null, null },
        { "not json", "{\"1\":", null, null, null },
        { "[95]", "{\"1\":\"pages\"}", null, null, null },
        { "{\"call_count\":\"lots\"}", null, null, null, null },

        // X-App-Usage alone: the highest of its three figures.
        { "{\"call_count\":28,\"total_cputime\":25,\"total_time\":25}", null, 28, "call_count", null },
        { "{\"call_count\":5,\"total_cputime\":93,\"total_time\":40}", null, 93, "total_cputime", null },
        { "{\"call_count\":5,\"total_cputime\":9,\"total_time\":95}", null, 95, "total_time", null },

        // Fractions round up, so 90.5% is over 90; a number in a string still counts.
        { "{\"call_count\":90.5}", null, 91, "call_count", null },
        { "{\"call_count\":\"97\"}", null, 97, "call_count", null },

        // X-Business-Use-Case-Usage: every use case of every business id, with Meta's estimate of the wait.
        {
            null,
            "{\"112130216863063\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":19}]}",
            100, "call_count", 19
        },
        {
            null,
            "{\"1\":[{\"type\":\"pages\",\"call_count\":10,\"total_cputime\":5,\"total_time\":5,\"estimated_time_to_regain_access\":0}],"
            + "\"2\":[{\"type\":\"instagram\",\"call_count\":3,\"total_cputime\":92,\"total_time\":7,\"estimated_time_to_regain_access\":4},"
            + "{\"type\":\"pages\",\"call_count\":1,\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":12}]}",
            92, "total_cputime", 12
        },

        // No estimate, or zero: Meta gave no wait.
        { null, "{\"1\":[{\"type\":\"pages\",\"call_count\":95,\"total_cputime\":1,\"total_time\":1,\"estimated_time_to_regain_access\":0}]}", 95, "call_count", null },

        // Both headers: the higher report wins; a malformed one does not hide the other.
        { "{\"call_count\":96,\"total_cputime\":1,\"total_time\":1}", "{\"1\":[{\"type\":\"pages\",\"call_count\":40,\"estimated_time_to_regain_access\":7}]}", 96, "call_count", 7 },
        { "{\"call_count\":12", "{\"1\":[{\"type\":\"pages\",\"total_time\":64}]}", 64, "total_time", null },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Reads_the_highest_figure_and_the_longest_wait(string? appUsage, string? businessUsage, int? percent, string? figure, int? minutes)
    {
        var usage = MetaUsage.Read(appUsage, businessUsage);

        Assert.Equal(percent, usage?.Percent);
        Assert.Equal(figure, usage?.Figure);
        Assert.Equal(minutes, usage?.MinutesToRegainAccess);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(90, false)]
    [InlineData(91, true)]
    [InlineData(100, true)]
    public void Only_usage_above_90_percent_asks_for_a_pause(int percent, bool exceeded) =>
        Assert.Equal(exceeded, new MetaUsage(percent, "call_count", null).Exceeded);
}
