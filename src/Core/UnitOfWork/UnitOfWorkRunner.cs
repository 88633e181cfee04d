using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.UnitOfWork;

internal sealed class UnitOfWorkRunner(IServiceScopeFactory scopes) : IUnitOfWorkRunner
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        try
        {
            var result = await work(scope.ServiceProvider, cancellationToken);
            await unitOfWork.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await unitOfWork.RollbackAsync(CancellationToken.None);
            throw;
        }
    }

    public Task RunAsync(Func<IServiceProvider, CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        RunAsync<bool>(async (services, ct) =>
        {
            await work(services, ct);
            return true;
        }, cancellationToken);
}
