using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Data;
using Portal.Core.Settings;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Calendar;

namespace Portal.Inbox.Clocks;

/// <summary>
/// The calendar, targets and warning levels every node keeps in memory: the clocks read them in the transaction
/// that opens each request, so they cost no round trip once read, and they are read on that transaction's own connection (a second one, with a hundred requests opening at once,
/// would wait on each other for the pool). An edit on the calendar or targets
/// page tells every node, once committed, to read them again.
/// </summary>
public sealed class ClockRulesCache(ISiteSettingsStore siteSettings) : IClusterSignalHandler
{
    public const string TopicName = "inbox-clock-rules";

    private readonly Lock _gate = new();
    private ClockRules? _rules;
    private long _version;

    public string Topic => TopicName;

    /// <summary>Call in the unit of work that changes the calendar or the targets.</summary>
    public static void AfterChange(IUnitOfWork unitOfWork) =>
        unitOfWork.AfterCommit((services, ct) => services.GetRequiredService<IClusterSignals>().PublishAsync(services, TopicName, "changed", ct));

    public async Task<ClockRules> GetAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        long version;
        lock (_gate)
        {
            if (_rules is { } cached)
            {
                return cached;
            }

            version = _version;
        }

        var calendar = await CalendarStore.LoadAsync(db, cancellationToken);
        var targets = await db.Set<ResponseTarget>().AsNoTracking().ToListAsync(cancellationToken);
        var settings = await siteSettings.GetAsync<ClockSettings>(db, cancellationToken);
        var rules = new ClockRules(new ClockBook(calendar, settings.WarningPercents), targets);
        lock (_gate)
        {
            // A change signalled while this read ran may not be in it: keep it for this caller only.
            if (_version == version)
            {
                _rules = rules;
            }
        }

        return rules;
    }

    public Task HandleAsync(IServiceProvider services, string payload, CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }

    public Task CatchUpAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        Forget();
        return Task.CompletedTask;
    }

    private void Forget()
    {
        lock (_gate)
        {
            _rules = null;
            _version++;
        }
    }
}
