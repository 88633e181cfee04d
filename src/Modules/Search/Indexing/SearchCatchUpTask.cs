using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tasks;

namespace Portal.Search.Indexing;

/// <summary>
/// Catches what after-commit updates can miss (a crash between commit and update, a signal from another node lost): when the
/// index no longer reflects the database, it is rebuilt in the background while the old one keeps answering.
/// </summary>
internal sealed class SearchCatchUpTask : IBackgroundTask
{
    public string Name => "Search.CatchUp";

    public string Schedule => "*/5 * * * *";

    public string? Feature => Manifest.Feature;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SearchIndexMaintenance>().EnsureFreshAsync(cancellationToken);
}
