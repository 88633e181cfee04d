using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
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
        });
    }
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
