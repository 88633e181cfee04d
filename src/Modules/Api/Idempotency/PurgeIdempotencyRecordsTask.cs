using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;

namespace Portal.Api.Idempotency;

/// <summary>Forgets idempotency keys past their lifetime: a retry that late is a new request.</summary>
internal sealed class PurgeIdempotencyRecordsTask(TimeProvider time) : IBackgroundTask
{
    public string Name => "Api.PurgeIdempotencyKeys";

    public string Schedule => "30 * * * *";

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var oldest = time.GetUtcNow().UtcDateTime - IdempotencyRecord.Lifetime;
        return services.GetRequiredService<IUnitOfWork>().Db.Set<IdempotencyRecord>()
            .Where(r => r.CreatedUtc < oldest).ExecuteDeleteAsync(cancellationToken);
    }
}
