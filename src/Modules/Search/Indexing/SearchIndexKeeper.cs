using Microsoft.Extensions.Hosting;

namespace Portal.Search.Indexing;

/// <summary>
/// At start (after migrations and setup, which run before any hosted service), opens the index or rebuilds it in
/// the background: a new instance or a redeploy with an empty App_Data needs no manual step.
/// </summary>
internal sealed class SearchIndexKeeper(SearchIndexMaintenance maintenance) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => maintenance.EnsureFreshAsync(stoppingToken);
}
