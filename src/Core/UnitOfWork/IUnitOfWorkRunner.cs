namespace Portal.Core.UnitOfWork;

/// <summary>Runs work outside a request (tasks, start-up, tests) in its own scope and unit of work.</summary>
public interface IUnitOfWorkRunner
{
    /// <summary>Commits when <paramref name="work"/> returns, rolls back and rethrows when it throws.</summary>
    Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default);

    Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken = default);
}
