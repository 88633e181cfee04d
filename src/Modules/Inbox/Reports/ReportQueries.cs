using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Reports;

/// <summary>What the clock figures are broken down by.</summary>
public enum ReportGroup
{
    Channel,
    Unit,
    Category,
    Owner,
    Bucket,
}

/// <summary>The figures of each clock kind for one value of a breakdown (null: no unit, category or owner).</summary>
public sealed record GroupStats(string? Key, IReadOnlyDictionary<ClockKind, ClockStats> Clocks);

/// <summary>Requests received in one bucket on one channel.</summary>
public sealed record BucketCount(int Bucket, InboxChannel Channel, int Count);

/// <summary>
/// The report's reads, grouped and counted by the database so a year of clocks never leaves it row by row. For the
/// percentiles each group's clocks are tallied per distinct duration and a running sum of those tallies gives the
/// ranks each duration covers; only the durations at the neighbours of the median and of the 90th percentile come
/// back, at most four rows per group and clock kind. Tallying first keeps the window functions to the distinct
/// durations, cheaper than numbering every clock. SQLite has no percentile function, so the same SQL runs on both
/// providers and they give the same figures.
/// </summary>
public static class ReportQueries
{
    private static string Key(ReportGroup group) => group switch
    {
        ReportGroup.Channel => "c.\"Channel\"",
        ReportGroup.Unit => "CAST(c.\"UnitId\" AS TEXT)",
        ReportGroup.Category => "CAST(c.\"CategoryId\" AS TEXT)",
        ReportGroup.Owner => "c.\"OwnerId\"",
        _ => "CAST(b.\"Index\" AS TEXT)",
    };

    /// <summary>The finished clocks that started in the buckets (consecutive, in order), per value of <paramref name="group"/>.</summary>
    public static async Task<List<GroupStats>> ClockStatsAsync(DbContext db, ReportGroup group, IReadOnlyList<ReportBucket> buckets, CancellationToken cancellationToken)
    {
        if (buckets.Count == 0)
        {
            return [];
        }

        List<object> parameters = [buckets[0].FromUtc, buckets[^1].ToUtc];
        var bucketed = group == ReportGroup.Bucket;
        var join = bucketed ? " JOIN \"Buckets\" b ON c.\"StartUtc\" >= b.\"FromUtc\" AND c.\"StartUtc\" < b.\"ToUtc\"" : "";
        var sql = $$"""
            WITH {{(bucketed ? BucketsTable(buckets, parameters) + "," : "")}} "Measured" AS (
                SELECT {{Key(group)}} AS "Key", c."Kind" AS "Kind", COALESCE(c."ElapsedSeconds", 0) AS "Seconds", c."Met" AS "Met"
                FROM "{{RequestClock.TableName}}" c{{join}}
                WHERE c."StartUtc" >= {0} AND c."StartUtc" < {1} AND c."EndUtc" IS NOT NULL
            ), "Tallied" AS (
                SELECT "Key", "Kind", "Seconds", COUNT(*) AS "Times", COUNT("Met") AS "WithTarget", SUM(CASE WHEN "Met" THEN 1 ELSE 0 END) AS "MetCount"
                FROM "Measured"
                GROUP BY "Key", "Kind", "Seconds"
            ), "Ranked" AS (
                SELECT "Key", "Kind", "Seconds", "Times",
                    CAST(SUM("Times") OVER (PARTITION BY "Key", "Kind" ORDER BY "Seconds" ROWS UNBOUNDED PRECEDING) AS BIGINT) - "Times" AS "Below",
                    CAST(SUM("Times") OVER g AS BIGINT) AS "Count",
                    CAST(SUM("Seconds" * "Times") OVER g AS BIGINT) AS "TotalSeconds",
                    CAST(SUM("WithTarget") OVER g AS BIGINT) AS "WithTarget",
                    CAST(SUM("MetCount") OVER g AS BIGINT) AS "MetCount"
                FROM "Tallied"
                WINDOW g AS (PARTITION BY "Key", "Kind")
            )
            SELECT "Key", "Kind", "Seconds", "Times", "Below", "Count", "TotalSeconds", "WithTarget", "MetCount" FROM "Ranked"
            WHERE ("Below" <= ("Count" - 1) / 2 + 1 AND "Below" + "Times" > ("Count" - 1) / 2)
                OR ("Below" <= 9 * ("Count" - 1) / 10 + 1 AND "Below" + "Times" > 9 * ("Count" - 1) / 10)
            """;
        var rows = await db.Database.SqlQueryRaw<RankedClock>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Key).Select(g => new GroupStats(
            g.Key,
            g.GroupBy(r => r.Kind).ToDictionary(k => Enum.Parse<ClockKind>(k.Key), k => Stats([.. k])))),
        ];
    }

    /// <summary>Requests received per bucket and channel.</summary>
    public static async Task<List<BucketCount>> RequestCountsAsync(DbContext db, IReadOnlyList<ReportBucket> buckets, CancellationToken cancellationToken)
    {
        if (buckets.Count == 0)
        {
            return [];
        }

        var parameters = new List<object>();
        var sql = $"""
            WITH {BucketsTable(buckets, parameters)}
            SELECT b."Index" AS "Bucket", r."Channel" AS "Channel", COUNT(*) AS "Count"
            FROM "Buckets" b JOIN "{Request.TableName}" r ON r."CreatedUtc" >= b."FromUtc" AND r."CreatedUtc" < b."ToUtc"
            GROUP BY b."Index", r."Channel"
            """;
        var rows = await db.Database.SqlQueryRaw<ChannelCount>(sql, [.. parameters]).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new BucketCount(r.Bucket, Enum.Parse<InboxChannel>(r.Channel), (int)r.Count))];
    }

    /// <summary>The buckets as an inline table, their bounds as parameters appended to <paramref name="parameters"/>.</summary>
    private static string BucketsTable(IReadOnlyList<ReportBucket> buckets, List<object> parameters)
    {
        var values = new StringBuilder();
        for (var i = 0; i < buckets.Count; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({i}, {{{parameters.Count}}}, {{{parameters.Count + 1}}})");
            parameters.Add(buckets[i].FromUtc);
            parameters.Add(buckets[i].ToUtc);
        }

        return $"\"Buckets\"(\"Index\", \"FromUtc\", \"ToUtc\") AS (VALUES {values})";
    }

    /// <summary>One group's figures from its values around the median and the 90th percentile, which all carry the group's totals.</summary>
    private static ClockStats Stats(List<RankedClock> rows)
    {
        var first = rows[0];
        double HoursAt(long rank) => rows.Single(r => r.Below <= rank && rank < r.Below + r.Times).Seconds / 3600.0;
        double Quantile(int tenths)
        {
            var (low, fraction) = ClockStats.Rank(first.Count, tenths);
            return ClockStats.Interpolate(HoursAt(low), HoursAt(Math.Min(low + 1, first.Count - 1)), fraction);
        }

        return new ClockStats(
            (int)first.Count,
            Quantile(5),
            Quantile(9),
            first.TotalSeconds / 3600.0 / first.Count,
            first.WithTarget == 0 ? null : 100.0 * first.MetCount / first.WithTarget,
            (int)first.WithTarget);
    }

    private sealed class RankedClock
    {
        public string? Key { get; init; }

        public string Kind { get; init; } = "";

        public long Seconds { get; init; }

        public long Times { get; init; }

        public long Below { get; init; }

        public long Count { get; init; }

        public long TotalSeconds { get; init; }

        public long WithTarget { get; init; }

        public long MetCount { get; init; }
    }

    private sealed class ChannelCount
    {
        public int Bucket { get; init; }

        public string Channel { get; init; } = "";

        public long Count { get; init; }
    }
}
