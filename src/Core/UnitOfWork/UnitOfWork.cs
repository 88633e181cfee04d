using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.UnitOfWork;

internal sealed class UnitOfWork(PortalDbContext db, IServiceProvider services, ILogger<UnitOfWork> logger) : IUnitOfWork, IAsyncDisposable
{
    private readonly List<Func<IServiceProvider, CancellationToken, Task>> _afterCommit = [];
    private readonly List<Func<Task>> _afterRollback = [];
    private IDbContextTransaction? _transaction;

    public PortalDbContext Db => db;

    public bool HasTransaction => _transaction is not null;

    public async Task BeginAsync(CancellationToken cancellationToken = default) =>
        _transaction ??= await db.Database.BeginTransactionAsync(cancellationToken);

    public void AfterCommit(Func<IServiceProvider, CancellationToken, Task> task) => _afterCommit.Add(task);

    public void AfterRollback(Func<Task> task) => _afterRollback.Add(task);

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is null && !db.ChangeTracker.HasChanges() && _afterCommit.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        _afterRollback.Clear();
        var tasks = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var task in tasks)
        {
            try
            {
                // The work is committed: the caller's cancellation must not stop the follow-ups.
                await task(services, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "An after-commit task failed; the committed work is unaffected.");
            }
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        _afterCommit.Clear();
        db.ChangeTracker.Clear();
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        await RunAfterRollbackAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        await RunAfterRollbackAsync();
    }

    private async Task RunAfterRollbackAsync()
    {
        var tasks = _afterRollback.ToList();
        _afterRollback.Clear();
        foreach (var task in tasks)
        {
            try
            {
                await task();
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "An after-rollback task failed; what it should have undone remains.");
            }
        }
    }
}
