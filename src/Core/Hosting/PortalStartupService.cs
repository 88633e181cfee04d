using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Hosting;

/// <summary>
/// Runs the initializers in <see cref="IHostedLifecycleService.StartingAsync"/>, which completes before any
/// hosted service starts, the web server included: no request ever meets an unmigrated database.
/// </summary>
internal sealed class PortalStartupService(IServiceScopeFactory scopes, IEnumerable<IPortalInitializer> initializers, ILogger<PortalStartupService> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        foreach (var initializer in initializers.OrderBy(i => i.Order))
        {
            await using var scope = scopes.CreateAsyncScope();
            await initializer.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }

        logger.LogInformation("Portal initialized in {ElapsedMs} ms", watch.ElapsedMilliseconds);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
