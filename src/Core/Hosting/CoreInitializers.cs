using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Features;
using Portal.Core.Migrations;

namespace Portal.Core.Hosting;

/// <summary>Brings the schema up to date. SQLite runs in WAL mode so readers never wait for the writer.</summary>
internal sealed class MigrationInitializer : IPortalInitializer
{
    public int Order => 0;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await services.GetRequiredService<MigrationRunner>().RunAsync(cancellationToken);
    }
}

internal sealed class FeatureInitializer : IPortalInitializer
{
    public int Order => 10;

    public Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IFeatureManager>().ReloadAsync(cancellationToken);
}
