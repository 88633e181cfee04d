using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Categories;
using Portal.Inbox.Clocks;
using Portal.Inbox.Requests;
using Portal.Inbox.Units;

namespace Portal.Inbox.Reports;

/// <summary>One line of a breakdown: a channel, unit, category, person or month, with its figures per clock.</summary>
public sealed record StatsRow(string Name, int Requests, IReadOnlyDictionary<ClockKind, ClockStats> Clocks)
{
    public ClockStats this[ClockKind kind] => Clocks.GetValueOrDefault(kind) ?? ClockStats.Empty;
}

/// <summary>A clock that passed its due instant, finished late or still running.</summary>
public sealed record Breach(string Reference, ClockKind Kind, InboxChannel Channel, DateTime StartUtc, DateTime DueUtc, DateTime? EndUtc);

/// <summary>Requests received per ISO week and channel.</summary>
public sealed record VolumeTable(IReadOnlyList<string> Weeks, IReadOnlyList<InboxChannel> Channels, IReadOnlyDictionary<(string Week, InboxChannel Channel), int> Counts)
{
    public int this[string week, InboxChannel channel] => Counts.GetValueOrDefault((week, channel));
}

public sealed record StaffReport(DateOnly From, DateOnly To, int Requests, VolumeTable Volume, IReadOnlyList<StatsRow> ByChannel, IReadOnlyList<StatsRow> ByUnit, IReadOnlyList<StatsRow> ByCategory, IReadOnlyList<StatsRow> ByAgent, IReadOnlyList<Breach> Breaches, bool BreachesCut);

public sealed record PublicReport(DateOnly From, DateOnly To, IReadOnlyList<StatsRow> ByMonth, IReadOnlyList<StatsRow> ByChannel);

/// <summary>
/// The figures of the report page, its CSV and the public transparency page, from the clocks that started in a
/// range of days (Madrid time) and the requests received in it. The database groups and counts
/// (<see cref="ReportQueries"/>); only a few rows per line of each table come back.
/// </summary>
public sealed class ResponseReport(IUnitOfWork unitOfWork, TimeProvider time, IMemoryCache cache, IStringLocalizer<InboxResources> S)
{
    /// <summary>Breaches listed; the page says when there were more.</summary>
    public const int MaxBreaches = 1000;

    private static readonly TimeSpan PublicCacheTime = TimeSpan.FromMinutes(2);

    public async Task<StaffReport> StaffAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var (fromUtc, toUtc) = ReportBucket.Range(from, to);
        var weeks = ReportBucket.Weeks(from, to);
        var counts = await ReportQueries.RequestCountsAsync(db, weeks, cancellationToken);
        var byChannel = await ReportQueries.ClockStatsAsync(db, ReportGroup.Channel, weeks, cancellationToken);
        var byUnit = await ReportQueries.ClockStatsAsync(db, ReportGroup.Unit, weeks, cancellationToken);
        var byCategory = await ReportQueries.ClockStatsAsync(db, ReportGroup.Category, weeks, cancellationToken);
        var byAgent = await ReportQueries.ClockStatsAsync(db, ReportGroup.Owner, weeks, cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var ownerIds = byAgent.Select(g => g.Key).OfType<string>().ToList();
        var agents = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, cancellationToken);

        var now = time.GetUtcNow().UtcDateTime;
        var breaches = await db.Set<RequestClock>().AsNoTracking()
            .Where(c => c.StartUtc >= fromUtc && c.StartUtc < toUtc && c.DueUtc != null && (c.Met == false || (c.EndUtc == null && c.DueUtc < now)))
            .Join(db.Set<Request>(), c => c.RequestId, r => r.Id, (c, r) => new { r.Reference, c.Kind, c.Channel, c.StartUtc, DueUtc = c.DueUtc!.Value, c.EndUtc })
            .OrderBy(b => b.DueUtc).Take(MaxBreaches + 1)
            .ToListAsync(cancellationToken);

        var present = counts.Select(c => c.Bucket).ToHashSet();
        return new StaffReport(
            from,
            to,
            counts.Sum(c => c.Count),
            new VolumeTable(
                [.. weeks.Where((_, i) => present.Contains(i)).Select(w => w.Label)],
                [.. counts.Select(c => c.Channel).Distinct().Order()],
                counts.ToDictionary(c => (weeks[c.Bucket].Label, c.Channel), c => c.Count)),
            Rows(byChannel, ChannelKey, ChannelRequests(counts)),
            Rows(byUnit, k => Named(k, units, S["Report_NoUnit"])),
            Rows(byCategory, k => Named(k, categories, S["Report_NoCategory"])),
            Rows(byAgent, k => k is null ? S["Report_NoOwner"] : agents.GetValueOrDefault(k, k)),
            [.. breaches.Take(MaxBreaches).Select(b => new Breach(b.Reference, b.Kind, b.Channel, b.StartUtc, b.DueUtc, b.EndUtc))],
            breaches.Count > MaxBreaches);
    }

    /// <summary>The last twelve whole months and the current one, per month and per channel, without any reference or name; cached briefly.</summary>
    public Task<PublicReport> PublicAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Madrid.ToLocal(time.GetUtcNow().UtcDateTime));
        return cache.GetOrCreateAsync("Inbox.Transparency." + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PublicCacheTime;
            var db = unitOfWork.Db;
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
            var months = ReportBucket.Months(from, today);
            var counts = await ReportQueries.RequestCountsAsync(db, months, cancellationToken);
            var byMonth = await ReportQueries.ClockStatsAsync(db, ReportGroup.Bucket, months, cancellationToken);
            var byChannel = await ReportQueries.ClockStatsAsync(db, ReportGroup.Channel, months, cancellationToken);
            var monthRequests = counts.GroupBy(c => months[c.Bucket].Label).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
            var monthRows = Rows(byMonth, k => months[int.Parse(k!, CultureInfo.InvariantCulture)].Label, monthRequests);
            return new PublicReport(from, today, [.. monthRows.OrderBy(r => months.FindIndex(m => m.Label == r.Name))], Rows(byChannel, ChannelKey, ChannelRequests(counts)));
        })!;
    }

    public string Channel(InboxChannel channel) => S["Report_Channel_" + channel];

    private string ChannelKey(string? key) => Channel(Enum.Parse<InboxChannel>(key!));

    private Dictionary<string, int> ChannelRequests(List<BucketCount> counts) =>
        counts.GroupBy(c => Channel(c.Channel)).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));

    private static string Named(string? key, Dictionary<int, string> names, string none) =>
        key is null ? none : names.GetValueOrDefault(int.Parse(key, CultureInfo.InvariantCulture), "#" + key);

    /// <summary>A line per group of clocks, and per group that only received requests when <paramref name="requests"/> counts them, by name.</summary>
    private static List<StatsRow> Rows(List<GroupStats> stats, Func<string?, string> name, Dictionary<string, int>? requests = null)
    {
        var rows = stats.Select(g => new StatsRow(name(g.Key), 0, g.Clocks)).ToList();
        var named = rows.Select(r => r.Name).ToHashSet();
        rows.AddRange((requests?.Keys ?? Enumerable.Empty<string>()).Where(n => !named.Contains(n)).Select(n => new StatsRow(n, 0, new Dictionary<ClockKind, ClockStats>())));
        return [.. rows.Select(r => r with { Requests = requests?.GetValueOrDefault(r.Name) ?? 0 }).OrderBy(r => r.Name, StringComparer.CurrentCulture)];
    }
}
