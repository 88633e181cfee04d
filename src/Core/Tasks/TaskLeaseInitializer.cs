using Portal.Core.Hosting;

namespace Portal.Core.Tasks;

/// <summary>Creates the lease rows of new tasks before the first request, so the admin page can act on every task.</summary>
internal sealed class TaskLeaseInitializer(BackgroundTaskCatalog catalog, TaskLeaseStore leases, TimeProvider time) : IPortalInitializer
{
    public int Order => 20;

    public Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        leases.EnsureAsync(catalog.Tasks, time.GetUtcNow().UtcDateTime, cancellationToken);
}
