using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;

namespace Portal.Inbox.Privacy;

/// <summary>Applies the retention rules every night, on one node at a time.</summary>
internal sealed class RetentionTask : IBackgroundTask
{
    public const string TaskName = "Inbox.Retention";

    public string Name => TaskName;

    public string Schedule => "20 3 * * *";

    public string? Feature => Manifest.Feature;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<Retention>().RunAsync(null, cancellationToken);
}
