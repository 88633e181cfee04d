using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;
using Portal.Inbox.Answers;
using Portal.Inbox.Requests;

namespace Portal.Inbox.Acknowledgements;

/// <summary>
/// Every ten seconds, acknowledges the new requests on the channel they came by, so the citizen hears within a
/// minute. Each in its own transaction; a request older than a day is left to staff (an import of old replies
/// should not answer them all at once).
/// </summary>
internal sealed class AcknowledgementTask(TimeProvider clock, IOptions<InboxOptions> options) : IBackgroundTask
{
    private const int BatchSize = 50;
    private static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    public string Name => "Inbox.Acknowledge";

    public string Schedule => "*/10 * * * * *";

    public string? Feature => Manifest.Feature;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.Acknowledge)
        {
            return;
        }

        var since = clock.GetUtcNow().UtcDateTime - MaxAge;
        var runner = services.GetRequiredService<IUnitOfWorkRunner>();
        // Channels the portal cannot write to yet are acknowledged by staff, by the means they have.
        var sendable = SendableChannels.Of(services.GetServices<IChannelSender>());
        var due = await services.GetRequiredService<PortalDbContext>().Set<Request>().AsNoTracking()
            .Where(r => r.State == RequestState.New && r.AcknowledgedUtc == null && r.CreatedUtc >= since && sendable.Contains(r.Channel))
            .OrderBy(r => r.CreatedUtc).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            await runner.RunAsync((scope, ct) => scope.GetRequiredService<RequestAcknowledgement>().SendAsync(id, ct), cancellationToken);
        }
    }
}
