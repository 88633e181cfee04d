using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Media.Assets;
using Portal.Media.Uploads;

namespace Portal.Media.Storage;

/// <summary>
/// At start, removes what a killed process left: the uploads it was inspecting, and stored files that no asset row
/// names (a file stored by an upload whose row never committed, a partial write). Stored files go only once older than
/// <see cref="Grace"/>, because on a media store shared by several nodes another node may be between writing a file and
/// committing its row.
/// </summary>
internal sealed class MediaLeftovers(IMediaStorage storage, UploadInspector uploads, TimeProvider clock, ILogger<MediaLeftovers> logger) : IPortalInitializer
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    // After migrations and setup: the rows must be there to be read.
    public int Order => 1000;

    public async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var referenced = (await db.Set<MediaAsset>().Select(a => a.StorageKey).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var writtenBefore = clock.GetUtcNow().UtcDateTime - Grace;
        var removed = uploads.RemoveLeftovers();
        await foreach (var file in storage.ListAsync(cancellationToken))
        {
            if (file.WrittenUtc < writtenBefore && !referenced.Contains(file.Key))
            {
                await storage.DeleteAsync(file.Key, cancellationToken);
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} media files that a stopped process left: uploads being checked, or stored without their asset.", removed);
        }
    }
}
