namespace Portal.Core.Hosting;

/// <summary>
/// Work that must finish before the site takes its first request: migrations, the feature snapshot,
/// first-run setup. Run in <see cref="Order"/>, each in its own scope.
/// </summary>
public interface IPortalInitializer
{
    int Order { get; }

    Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken);
}
