using Portal.Core.Data;

namespace Portal.Core.UnitOfWork;

/// <summary>
/// One per request, task run or recipe: one <see cref="PortalDbContext"/> and at most one transaction, opened on
/// the first write so read-only work holds none (SQLite has a single writer).
/// </summary>
public interface IUnitOfWork
{
    PortalDbContext Db { get; }

    bool HasTransaction { get; }

    /// <summary>Opens the transaction if none is open. Call before the first write.</summary>
    Task BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs once the commit succeeds, never after a rollback. It may be lost in a crash, so it may only make
    /// things faster or fresher (evict a cache, wake a worker); anything that must happen is a row.
    /// </summary>
    void AfterCommit(Func<IServiceProvider, CancellationToken, Task> task);

    /// <summary>
    /// Runs when the open transaction ends without a commit (rolled back, or dropped with the scope): undoes work
    /// done outside the database for rows that are now gone, such as a stored file. Never runs after a commit.
    /// </summary>
    void AfterRollback(Func<Task> task);

    /// <summary>Saves pending changes, commits, then runs the after-commit tasks.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    Task RollbackAsync(CancellationToken cancellationToken = default);
}
