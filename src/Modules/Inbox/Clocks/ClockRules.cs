using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Clocks;

/// <summary>The calendar, targets and warning levels in force, read once per unit of work.</summary>
public sealed class ClockRules(ClockRulesCache cache, ISiteSettingsStore settings)
{
    private Loaded? _loaded;

    public sealed record Loaded(ClockBook Book, IReadOnlyList<ResponseTarget> Targets)
    {
        public ResponseTarget? TargetFor(Request request, ClockKind kind) => ResponseTarget.Pick(Targets, kind, request.CategoryId, request.Channel);

        public RequestClock Start(Request request, ClockKind kind, int cycle, DateTime startUtc) =>
            Book.Start(request, kind, cycle, startUtc, TargetFor(request, kind));
    }

    public async Task<Loaded> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        if (_loaded is not null)
        {
            return _loaded;
        }

        var (calendar, targets) = await cache.GetAsync(db, cancellationToken);
        var percents = (await settings.GetAsync<ClockSettings>(cancellationToken)).WarningPercents;
        _loaded = new Loaded(new ClockBook(calendar, percents), targets);
        return _loaded;
    }
}
