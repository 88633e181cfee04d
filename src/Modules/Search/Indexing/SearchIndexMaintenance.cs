using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.UnitOfWork;

namespace Portal.Search.Indexing;

/// <summary>
/// Keeps the index in step with the database: brings single items up to date after their change commits,
/// rebuilds the whole index in the background (one rebuild at a time, progress for the admin), and checks at
/// start and periodically that the index reflects the database, rebuilding when it does not.
/// </summary>
public sealed class SearchIndexMaintenance(SearchIndexStore store, IUnitOfWorkRunner runner, TimeProvider time, ILogger<SearchIndexMaintenance> logger)
{
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, byte> _changedDuringRebuild = new(StringComparer.Ordinal);
    private Task _rebuild = Task.CompletedTask;
    private volatile RebuildStatus _status = RebuildStatus.Idle;

    public RebuildStatus Status => _status;

    /// <summary>True once an index answers searches.</summary>
    public bool Ready => store.Info is not null;

    /// <summary>Opens the index, or starts a rebuild when it is missing, unreadable, of another schema or stale.</summary>
    public async Task EnsureFreshAsync(CancellationToken cancellationToken)
    {
        var opened = await store.OpenAsync(cancellationToken);
        var current = await runner.RunAsync((services, ct) => services.GetRequiredService<SearchIndexer>().CurrentInfoAsync(ct), cancellationToken);
        if (!opened || store.Info != current)
        {
            logger.LogInformation("The search index is {State}; rebuilding it from the database.", opened ? "out of date" : "missing or unreadable");
            StartRebuild();
        }
    }

    /// <summary>Starts a rebuild in the background unless one is running.</summary>
    public void StartRebuild()
    {
        lock (_lock)
        {
            if (!_rebuild.IsCompleted)
            {
                return;
            }

            _status = new RebuildStatus(true, 0, 0, time.GetUtcNow(), null, false);
            _changedDuringRebuild.Clear();
            _rebuild = Task.Run(RebuildAsync);
        }
    }

    /// <summary>Brings the given items up to date in the index; runs after the change has committed.</summary>
    public async Task RefreshAsync(IServiceProvider services, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken)
    {
        if (!_rebuild.IsCompleted)
        {
            foreach (var id in itemIds)
            {
                _changedDuringRebuild[id] = 0;
            }
        }

        if (store.Info is null)
        {
            return;
        }

        var indexer = services.GetRequiredService<SearchIndexer>();
        var changes = await indexer.ChangesAsync(itemIds, cancellationToken);
        await store.ApplyAsync(changes, await indexer.CurrentInfoAsync(cancellationToken), cancellationToken);
    }

    private async Task RebuildAsync()
    {
        try
        {
            await runner.RunAsync(async (services, ct) =>
            {
                var indexer = services.GetRequiredService<SearchIndexer>();
                var info = await indexer.CurrentInfoAsync(ct);
                var total = await indexer.CountAsync(ct);
                var done = 0;
                _status = _status with { Total = total };
                using var index = store.Create();
                await foreach (var document in indexer.AllAsync(ct))
                {
                    index.Writer.AddDocument(document);
                    done++;
                    if (done % 50 == 0)
                    {
                        _status = _status with { Done = done };
                    }
                }

                await store.SwitchAsync(index, info, ct);
            });

            // Items that changed while the rebuild read the database may be missing from it: replay them.
            var changed = _changedDuringRebuild.Keys.ToList();
            if (changed.Count > 0)
            {
                await runner.RunAsync((services, ct) => RefreshAsync(services, changed, ct));
            }

            _status = _status with { Running = false, Done = _status.Total, FinishedUtc = time.GetUtcNow() };
            logger.LogInformation("The search index was rebuilt with {Count} items.", _status.Total);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The host stopped under the rebuild (its services are disposed); the next start checks the index again.
            _status = _status with { Running = false, FinishedUtc = time.GetUtcNow() };
            logger.LogInformation("The search index rebuild stopped with the host.");
        }
        catch (Exception ex)
        {
            _status = _status with { Running = false, FinishedUtc = time.GetUtcNow(), Failed = true };
            logger.LogError(ex, "Rebuilding the search index failed; the previous index keeps answering.");
        }
    }
}
