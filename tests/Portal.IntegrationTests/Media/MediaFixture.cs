using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Media.Assets;
using Portal.Media;
using Portal.Media.Library;
using Portal.Testing;

namespace Portal.IntegrationTests.Media;

/// <summary>A site where tests say which assets are used, through a usage provider as a content module would.</summary>
public sealed class MediaFixture : PortalFixture
{
    public TestMediaUsages Usages { get; } = new();

    public string MediaFolder => Path.Combine(AppDataPath, "media");

    public string UploadsFolder => Path.Combine(AppDataPath, "media-uploads");

    /// <summary>Every stored or half-written file, relative to App_Data.</summary>
    public IReadOnlyList<string> StoredFiles() =>
        [.. new[] { MediaFolder, UploadsFolder }.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(AppDataPath, f))
            .Order(StringComparer.Ordinal)];

    protected override void Configure(PortalHost host)
    {
        base.Configure(host);
        host.WithServices(services =>
        {
            services.AddSingleton(Usages);
            services.AddMediaUsageProvider<TestMediaUsageProvider>();
            services.ConfigureDbContext<PortalDbContext>(options => options.AddInterceptors(new FailingMediaInsert()));
        });
    }
}

/// <summary>Makes the database refuse the row of an asset with <see cref="FileName"/>, as a lost connection would.</summary>
internal sealed class FailingMediaInsert : SaveChangesInterceptor
{
    public const string FileName = "falla-al-guardar.png";

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        eventData.Context!.ChangeTracker.Entries<MediaAsset>().Any(e => e.State == EntityState.Added && e.Entity.FileName == FileName)
            ? throw new DbUpdateException("The test database refuses this row.")
            : base.SavingChangesAsync(eventData, result, cancellationToken);
}

public sealed class TestMediaUsages
{
    public ConcurrentDictionary<string, MediaUsage[]> ByAsset { get; } = new();
}

internal sealed class TestMediaUsageProvider(TestMediaUsages usages) : IMediaUsageProvider
{
    public Task<IReadOnlyList<MediaUsage>> GetUsagesAsync(string assetId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MediaUsage>>(usages.ByAsset.TryGetValue(assetId, out var found) ? found : []);
}
