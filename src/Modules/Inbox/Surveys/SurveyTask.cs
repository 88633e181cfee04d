using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Answers;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Surveys;

/// <summary>Sends the survey of each closed request once, and one reminder at most, each in its own transaction.</summary>
internal sealed class SurveyTask(TimeProvider clock, IOptions<InboxOptions> options) : IBackgroundTask
{
    private const int BatchSize = 50;

    public string Name => "Inbox.Surveys";

    public string Schedule => "*/10 * * * * *";

    public string? Feature => Manifest.Feature;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var db = services.GetRequiredService<PortalDbContext>();
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();
        var since = now - settings.SurveyWindow;
        var sendable = SendableChannels.Of(services.GetServices<IChannelSender>());

        var closed = await db.Set<Request>().AsNoTracking()
            .Where(r => r.State == RequestState.Closed && r.ClosedUtc >= since && sendable.Contains(r.Channel)
                && !db.Set<Survey>().Any(s => s.RequestId == r.Id && s.Cycle == r.Cycle))
            .OrderBy(r => r.ClosedUtc).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in closed)
        {
            await runner.RunAsync((scope, ct) => scope.GetRequiredService<SurveySender>().SendAsync(id, ct), cancellationToken);
        }

        var remindBefore = now - settings.SurveyReminderAfter;
        var unanswered = await db.Set<Survey>().AsNoTracking()
            .Where(s => s.AnsweredUtc == null && s.RemindedUtc == null && s.SentUtc <= remindBefore && s.SentUtc >= since - settings.SurveyReminderAfter)
            .OrderBy(s => s.SentUtc).Select(s => s.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in unanswered)
        {
            await runner.RunAsync((scope, ct) => scope.GetRequiredService<SurveySender>().RemindAsync(id, ct), cancellationToken);
        }
    }
}
