using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;
using Portal.Core.UnitOfWork;

namespace Portal.Users.Sessions;

/// <summary>Deletes sessions whose cookie has expired: nobody can use them any more, and nothing else removes them.</summary>
internal sealed class PurgeExpiredSessionsTask(TimeProvider time) : IBackgroundTask
{
    public string Name => "Users.PurgeSessions";

    public string Schedule => "0 * * * *";

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return services.GetRequiredService<IUnitOfWork>().Db.Set<UserSession>()
            .Where(s => s.ExpiresUtc < now).ExecuteDeleteAsync(cancellationToken);
    }
}
