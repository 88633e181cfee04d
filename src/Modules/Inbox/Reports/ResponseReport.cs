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
/// range of days (Madrid time). The rows of the range are read once, by the index on their start, and grouped here.
/// </summary>
public sealed class ResponseReport(IUnitOfWork unitOfWork, TimeProvider time, IMemoryCache cache, IStringLocalizer<InboxResources> S)
{
    /// <summary>Breaches listed; the page says when there were more.</summary>
    public const int MaxBreaches = 1000;

    private static readonly TimeSpan PublicCacheTime = TimeSpan.FromMinutes(2);

    public async Task<StaffReport> StaffAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var db = unitOfWork.Db;
        var (fromUtc, toUtc) = Range(from, to);
        var requests = await RequestsAsync(fromUtc, toUtc, cancellationToken);
        var measurements = await MeasurementsAsync(fromUtc, toUtc, cancellationToken);
        var units = await db.Set<Unit>().AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var ownerIds = measurements.Select(m => m.OwnerId).OfType<string>().Distinct().ToList();
        var agents = await db.Users.AsNoTracking().Where(u => ownerIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? u.Id : u.DisplayName, cancellationToken);

        var weeks = requests.Select(r => Week(r.CreatedUtc)).Distinct().Order(StringComparer.Ordinal).ToList();
        var channels = requests.Select(r => r.Channel).Distinct().Order().ToList();
        var counts = requests.GroupBy(r => (Week(r.CreatedUtc), r.Channel)).ToDictionary(g => g.Key, g => g.Count());

        var now = time.GetUtcNow().UtcDateTime;
        var breaches = await db.Set<RequestClock>().AsNoTracking()
            .Where(c => c.StartUtc >= fromUtc && c.StartUtc < toUtc && c.DueUtc != null && (c.Met == false || (c.EndUtc == null && c.DueUtc < now)))
            .Join(db.Set<Request>(), c => c.RequestId, r => r.Id, (c, r) => new { r.Reference, c.Kind, c.Channel, c.StartUtc, DueUtc = c.DueUtc!.Value, c.EndUtc })
            .OrderBy(b => b.DueUtc).Take(MaxBreaches + 1)
            .ToListAsync(cancellationToken);

        return new StaffReport(
            from,
            to,
            requests.Count,
            new VolumeTable(weeks, channels, counts),
            Rows(measurements, requests, m => Channel(m.Channel), r => Channel(r.Channel)),
            Rows(measurements, null, m => m.UnitId is { } u ? units.GetValueOrDefault(u, "#" + u.ToString(CultureInfo.InvariantCulture)) : S["Report_NoUnit"]),
            Rows(measurements, null, m => m.CategoryId is { } c ? categories.GetValueOrDefault(c, "#" + c.ToString(CultureInfo.InvariantCulture)) : S["Report_NoCategory"]),
            Rows(measurements, null, m => m.OwnerId is { } o ? agents.GetValueOrDefault(o, o) : S["Report_NoOwner"]),
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
            var from = new DateOnly(today.Year, today.Month, 1).AddMonths(-11);
            var (fromUtc, toUtc) = Range(from, today);
            var requests = await RequestsAsync(fromUtc, toUtc, cancellationToken);
            var measurements = await MeasurementsAsync(fromUtc, toUtc, cancellationToken);
            var byMonth = Rows(measurements, requests, m => Month(m.StartUtc), r => Month(r.CreatedUtc)).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            return new PublicReport(from, today, [.. byMonth.Select(r => r with { Name = MonthName(r.Name) })], Rows(measurements, requests, m => Channel(m.Channel), r => Channel(r.Channel)));
        })!;
    }

    public string Channel(InboxChannel channel) => S["Report_Channel_" + channel];

    /// <summary>The UTC instants that bound whole days in Madrid, the last one included.</summary>
    public static (DateTime From, DateTime To) Range(DateOnly from, DateOnly to) =>
        (Madrid.ToUtc(from.ToDateTime(TimeOnly.MinValue)), Madrid.ToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));

    /// <summary>ISO 8601 week of the day in Madrid, "2026-S23": weeks start on Monday, as Spanish calendars do.</summary>
    public static string Week(DateTime utc)
    {
        var local = Madrid.ToLocal(utc);
        return ISOWeek.GetYear(local).ToString(CultureInfo.InvariantCulture) + "-S" + ISOWeek.GetWeekOfYear(local).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Month(DateTime utc) => Madrid.ToLocal(utc).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string MonthName(string month) =>
        DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMMM 'de' yyyy", CultureInfo.GetCultureInfo("es-ES"));

    private async Task<List<(InboxChannel Channel, DateTime CreatedUtc)>> RequestsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        (await unitOfWork.Db.Set<Request>().AsNoTracking()
            .Where(r => r.CreatedUtc >= fromUtc && r.CreatedUtc < toUtc)
            .Select(r => new { r.Channel, r.CreatedUtc })
            .ToListAsync(cancellationToken)).Select(r => (r.Channel, r.CreatedUtc)).ToList();

    private Task<List<Measurement>> MeasurementsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        unitOfWork.Db.Set<RequestClock>().AsNoTracking()
            .Where(c => c.StartUtc >= fromUtc && c.StartUtc < toUtc && c.EndUtc != null)
            .Select(c => new Measurement(c.Kind, c.Channel, c.UnitId, c.CategoryId, c.OwnerId, c.StartUtc, c.ElapsedSeconds ?? 0, c.Met))
            .ToListAsync(cancellationToken);

    private static List<StatsRow> Rows(
        List<Measurement> measurements,
        List<(InboxChannel Channel, DateTime CreatedUtc)>? requests,
        Func<Measurement, string> group,
        Func<(InboxChannel Channel, DateTime CreatedUtc), string>? requestGroup = null)
    {
        var volume = requests is null || requestGroup is null ? [] : requests.GroupBy(requestGroup).ToDictionary(g => g.Key, g => g.Count());
        var grouped = measurements.GroupBy(group).ToDictionary(g => g.Key, g => g.ToList());
        return grouped.Keys.Union(volume.Keys)
            .Select(name => new StatsRow(
                name,
                volume.GetValueOrDefault(name),
                grouped.TryGetValue(name, out var rows) ? rows.GroupBy(m => m.Kind).ToDictionary(g => g.Key, ClockStats.Of) : new Dictionary<ClockKind, ClockStats>()))
            .OrderBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
    }
}
